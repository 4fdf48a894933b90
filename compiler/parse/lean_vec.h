// A list field of a syntax tree node that is empty in most nodes: a match's
// arms, a struct literal's fields, a macro's arguments, a closure's
// parameters. It costs one pointer while empty (a std::vector costs three)
// and holds an ordinary std::vector, made on the first insertion, otherwise.
//
// Nodes are the bulk of a large compile's memory, and every node of a kind
// carries the lists of all kinds, so these lists made an expression node
// about a fifth bigger than it needs to be. The class offers the part of
// std::vector's interface the compiler uses and converts to a std::vector
// reference where a function takes one.
#pragma once

#include <initializer_list>
#include <memory>
#include <utility>
#include <vector>

namespace wr {

template <typename T>
class LeanVec {
 public:
  using Vec = std::vector<T>;
  using value_type = T;
  using iterator = typename Vec::iterator;
  using const_iterator = typename Vec::const_iterator;

  LeanVec() = default;
  LeanVec(const LeanVec& other) : v_(other.empty() ? nullptr : std::make_unique<Vec>(*other.v_)) {}
  LeanVec(LeanVec&&) noexcept = default;
  LeanVec(std::initializer_list<T> items) { *this = items; }
  LeanVec& operator=(const LeanVec& other) {
    if (this != &other)
      v_ = other.empty() ? nullptr : std::make_unique<Vec>(*other.v_);
    return *this;
  }
  LeanVec& operator=(LeanVec&&) noexcept = default;
  LeanVec& operator=(const Vec& items) {
    v_ = items.empty() ? nullptr : std::make_unique<Vec>(items);
    return *this;
  }
  LeanVec& operator=(Vec&& items) {
    v_ = items.empty() ? nullptr : std::make_unique<Vec>(std::move(items));
    return *this;
  }
  LeanVec& operator=(std::initializer_list<T> items) {
    v_ = items.size() == 0 ? nullptr : std::make_unique<Vec>(items);
    return *this;
  }

  // The list as a std::vector, for code that takes one.
  operator const Vec&() const { return v_ ? *v_ : none(); }
  operator Vec&() { return vec(); }
  Vec& vec() {
    if (!v_)
      v_ = std::make_unique<Vec>();
    return *v_;
  }

  size_t size() const { return v_ ? v_->size() : 0; }
  bool empty() const { return !v_ || v_->empty(); }
  T& operator[](size_t i) { return (*v_)[i]; }
  const T& operator[](size_t i) const { return (*v_)[i]; }
  T& front() { return v_->front(); }
  const T& front() const { return v_->front(); }
  T& back() { return v_->back(); }
  const T& back() const { return v_->back(); }
  T* data() { return v_ ? v_->data() : nullptr; }
  const T* data() const { return v_ ? v_->data() : nullptr; }

  iterator begin() { return v_ ? v_->begin() : none().begin(); }
  iterator end() { return v_ ? v_->end() : none().end(); }
  const_iterator begin() const { return v_ ? v_->cbegin() : none().cbegin(); }
  const_iterator end() const { return v_ ? v_->cend() : none().cend(); }

  // std::vector's names, so that code written for a vector compiles as is.
  // NOLINTBEGIN(readability-identifier-naming)
  void push_back(const T& x) { vec().push_back(x); }
  void push_back(T&& x) { vec().push_back(std::move(x)); }
  template <typename... Args>
  T& emplace_back(Args&&... args) {
    return vec().emplace_back(std::forward<Args>(args)...);
  }
  void pop_back() { v_->pop_back(); }
  // NOLINTEND(readability-identifier-naming)
  void reserve(size_t n) {
    if (n > 0)
      vec().reserve(n);
  }
  void resize(size_t n) {
    if (n > 0 || v_)
      vec().resize(n);
  }
  void clear() { v_.reset(); }
  template <typename... Args>
  iterator insert(const_iterator at, Args&&... args) {
    // An insertion into an empty list is at its (shared, empty) end.
    if (!v_) {
      vec();
      at = v_->cend();
    }
    return v_->insert(at, std::forward<Args>(args)...);
  }
  iterator erase(const_iterator at) { return v_->erase(at); }
  iterator erase(const_iterator first, const_iterator last) {
    return v_ ? v_->erase(first, last) : none().begin();  // an empty range
  }
  template <typename... Args>
  void assign(Args&&... args) {
    vec().assign(std::forward<Args>(args)...);
  }

 private:
  // The shared empty list that an empty LeanVec's iterators point into;
  // nothing is ever inserted into it.
  static Vec& none() {
    static Vec empty;
    return empty;
  }

  std::unique_ptr<Vec> v_;
};

}  // namespace wr
