#include "script/run_result.h"

namespace clearance::script {

const char* error_kind_name(ErrorKind k) {
    switch (k) {
    case ErrorKind::none: return "none";
    case ErrorKind::file: return "file";
    case ErrorKind::syntax: return "syntax";
    case ErrorKind::runtime: return "runtime";
    case ErrorKind::cpu_budget: return "cpu_budget";
    case ErrorKind::memory_budget: return "memory_budget";
    case ErrorKind::bad_result: return "bad_result";
    case ErrorKind::crash: return "crash";
    case ErrorKind::timeout: return "timeout";
    }
    return "none";
}

core::Diagnostic RunResult::diagnostic() const {
    core::Diagnostic d;
    d.severity = core::Severity::error;
    d.file = file;
    d.line = line;
    d.field = field;
    d.message = message;
    return d;
}

}  // namespace clearance::script
