// Stage-time reports (see timings.h): medians and minimums over repeated
// compiles, printed as a table or as one line of JSON.
#include "compiler/driver/timings.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <functional>
#include <nlohmann/json.hpp>

namespace wr {
namespace {

using Json = nlohmann::ordered_json;

// Applies `fold` to the list of one field's values, for every field.
StageTimes foldTimes(const std::vector<StageTimes>& runs,
                     const std::function<double(std::vector<double>&)>& fold) {
  StageTimes out;
  if (runs.empty())
    return out;
  std::vector<double> values(runs.size());
  auto field = [&](double StageTimes::*member) {
    for (size_t i = 0; i < runs.size(); ++i)
      values[i] = runs[i].*member;
    out.*member = fold(values);
  };
#define WR_STAGE(Name, Description) field(&StageTimes::Name);
#include "compiler/driver/stage.def"
  field(&StageTimes::total);
  return out;
}

double median(std::vector<double>& values) {
  size_t mid = values.size() / 2;
  std::nth_element(values.begin(), values.begin() + mid, values.end());
  double upper = values[mid];
  if (values.size() % 2)
    return upper;
  double lower = *std::max_element(values.begin(), values.begin() + mid);
  return (lower + upper) / 2;
}

double minimum(std::vector<double>& values) {
  return *std::min_element(values.begin(), values.end());
}

// Milliseconds rounded to the microsecond, so the JSON stays short.
double ms(double us) {
  return std::round(us) / 1000;
}

Json timesJson(const StageTimes& t) {
  Json j;
#define WR_STAGE(Name, Description) j[#Name] = ms(t.Name);
#include "compiler/driver/stage.def"
  j["total"] = ms(t.total);
  return j;
}

std::string line(const char* label, double us) {
  char buf[96];
  std::snprintf(buf, sizeof buf, "  %-40s %9.3f\n", label, us / 1000);
  return buf;
}

std::string renderHuman(const std::string& file, const std::vector<StageTimes>& runs) {
  StageTimes med = medianTimes(runs);
  std::string out = "time-passes: " + file + ", ";
  out += runs.size() == 1 ? std::string("one compile")
                          : "median of " + std::to_string(runs.size()) + " compiles";
  out += " (ms)\n";
  auto ran = [&](double StageTimes::*member) {
    return std::any_of(runs.begin(), runs.end(),
                       [&](const StageTimes& t) { return t.*member > 0; });
  };
#define WR_STAGE(Name, Description) \
  if (ran(&StageTimes::Name))       \
    out += line(Description, med.Name);
#include "compiler/driver/stage.def"
  out += line("total", med.total);
  if (runs.size() > 1) {
    double low = runs[0].total, high = runs[0].total;
    for (const StageTimes& t : runs) {
      low = std::min(low, t.total);
      high = std::max(high, t.total);
    }
    char buf[96];
    std::snprintf(buf, sizeof buf, "  (total: min %.3f, max %.3f)\n", low / 1000, high / 1000);
    out += buf;
  }
  return out;
}

}  // namespace

StageTimes medianTimes(const std::vector<StageTimes>& runs) {
  return foldTimes(runs, median);
}

StageTimes minTimes(const std::vector<StageTimes>& runs) {
  return foldTimes(runs, minimum);
}

std::string renderTimings(const std::string& file,
                          const std::vector<StageTimes>& runs,
                          TimingsFormat format) {
  if (format == TimingsFormat::Human)
    return renderHuman(file, runs);
  Json j;
  j["file"] = file;
  j["runs"] = runs.size();
  j["unit"] = "ms";
  j["median"] = timesJson(medianTimes(runs));
  j["min"] = timesJson(minTimes(runs));
  j["totals"] = Json::array();
  for (const StageTimes& t : runs)
    j["totals"].push_back(ms(t.total));
  return j.dump() + "\n";
}

}  // namespace wr
