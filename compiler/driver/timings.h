// Reports of the driver's stage times (StageTimes, driver.h) over one or
// more compiles of the same source, for `wasmrust build --time-passes` and
// `--repeat N`. The browser benchmark reads the JSON form to compare the
// native compiler with the in-page one on the same program.
#pragma once

#include <string>
#include <vector>

#include "compiler/driver/driver.h"

namespace wr {

enum class TimingsFormat : uint8_t { Human, Json };

// Each field's median over `runs` (the mean of the two middle values for an
// even count). Empty `runs` gives all zeros.
StageTimes medianTimes(const std::vector<StageTimes>& runs);

// Each field's minimum over `runs`.
StageTimes minTimes(const std::vector<StageTimes>& runs);

// The report, in milliseconds. Human: a table of the stages that ran in
// some compile, then the total with its minimum and maximum. Json: one line,
//   {"file":..,"runs":N,"unit":"ms","median":{"lex":..,...,"total":..},
//    "min":{...},"totals":[every compile's total]}
// with every stage of stage.def in order (0 for a stage that did not run).
std::string renderTimings(const std::string& file,
                          const std::vector<StageTimes>& runs,
                          TimingsFormat format);

}  // namespace wr
