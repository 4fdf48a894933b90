// Stage times: the driver fills every stage it runs and a total that covers
// them, and the reports of `wasmrust build --time-passes` (timings.h) take
// medians and minimums field by field.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "compiler/driver/driver.h"
#include "compiler/driver/timings.h"

namespace {

wr::StageTimes times(double lex, double total) {
  wr::StageTimes t;
  t.lex = lex;
  t.total = total;
  return t;
}

TEST(DriverTimings, DevCompileTimesEveryStageItRunsWithinTheTotal) {
  wr::CompileResult r = wr::compileSource("t.rs", "fn main() { println!(\"{}\", 1 + 2); }", {});
  ASSERT_TRUE(r.ok);
  const wr::StageTimes& t = r.times;
  double sum = 0;
#define WR_STAGE(Name, Description) sum += t.Name;
#include "compiler/driver/stage.def"
  EXPECT_GT(t.total, 0);
  EXPECT_LE(sum, t.total);
  EXPECT_EQ(t.passes, 0);  // dev builds run no WasmIR passes
  EXPECT_EQ(t.optimize, 0);
}

TEST(DriverTimings, CheckOnlyStopsTimingAfterTheChecks) {
  wr::CompileOptions options;
  options.checkOnly = true;
  wr::CompileResult r = wr::compileSource("t.rs", "fn main() {}", options);
  EXPECT_EQ(r.times.lower, 0);
  EXPECT_EQ(r.times.encode, 0);
  EXPECT_GT(r.times.total, 0);
}

TEST(DriverTimings, MedianAndMinimumAreTakenFieldByField) {
  std::vector<wr::StageTimes> runs = {times(5, 10), times(1, 40), times(3, 20)};
  EXPECT_EQ(wr::medianTimes(runs).lex, 3);
  EXPECT_EQ(wr::medianTimes(runs).total, 20);
  EXPECT_EQ(wr::minTimes(runs).lex, 1);
  EXPECT_EQ(wr::minTimes(runs).total, 10);
  runs.push_back(times(7, 30));  // even count: the mean of the middle two
  EXPECT_EQ(wr::medianTimes(runs).lex, 4);
  EXPECT_EQ(wr::medianTimes(runs).total, 25);
  EXPECT_EQ(wr::medianTimes({}).total, 0);
}

TEST(DriverTimings, JsonReportListsEveryStageInMilliseconds) {
  std::vector<wr::StageTimes> runs = {times(1500, 4000), times(500, 2000), times(1000, 3000)};
  auto j =
      nlohmann::ordered_json::parse(wr::renderTimings("big.rs", runs, wr::TimingsFormat::Json));
  EXPECT_EQ(j["file"], "big.rs");
  EXPECT_EQ(j["runs"], 3);
  EXPECT_EQ(j["unit"], "ms");
  EXPECT_DOUBLE_EQ(j["median"]["lex"].get<double>(), 1.0);
  EXPECT_DOUBLE_EQ(j["median"]["total"].get<double>(), 3.0);
  EXPECT_DOUBLE_EQ(j["min"]["total"].get<double>(), 2.0);
  EXPECT_EQ(j["totals"], nlohmann::ordered_json::parse("[4.0, 2.0, 3.0]"));
  std::vector<std::string> keys;
  for (auto& [key, value] : j["median"].items())
    keys.push_back(key);
  std::vector<std::string> expected = {
#define WR_STAGE(Name, Description) #Name,
#include "compiler/driver/stage.def"
      "total"};
  EXPECT_EQ(keys, expected);
}

TEST(DriverTimings, HumanReportShowsOnlyStagesThatRan) {
  std::string text =
      wr::renderTimings("big.rs", {times(1500, 4000), times(500, 2000)}, wr::TimingsFormat::Human);
  EXPECT_NE(text.find("median of 2 compiles"), std::string::npos) << text;
  EXPECT_NE(text.find("lexing"), std::string::npos) << text;
  EXPECT_EQ(text.find("Binaryen"), std::string::npos) << text;
  EXPECT_NE(text.find("total"), std::string::npos) << text;
  EXPECT_NE(text.find("min 2.000, max 4.000"), std::string::npos) << text;
}

}  // namespace
