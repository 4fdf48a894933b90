// The optional typed wrapper that `wasmrust build --emit js` writes beside a
// module (js_wrapper.h). A WasmRust module needs no glue: its exports are
// its functions and its imports are the host's functions. The wrapper only
// saves a JavaScript caller the (pointer, length) bookkeeping: it copies
// strings and typed arrays into the module's memory (with the exported
// allocator) and decodes strings coming out, converts bool and char, and
// hands host functions decoded strings. Numbers pass straight through:
// an export that takes and returns only numbers is the Wasm function itself.
#include "compiler/driver/js_wrapper.h"

#include <set>
#include <sstream>

namespace wr {

namespace {

// The runtime's float functions (web/runtime/runtime.mjs MATH_OPS), in the
// order the compiler numbers them.
constexpr const char* kMathOps =
    "[(a,b)=>a%b,Math.pow,Math.atan2,Math.hypot,(a,b)=>Math.log(a)/Math.log(b),Math.sin,"
    "Math.cos,Math.tan,Math.asin,Math.acos,Math.atan,Math.sinh,Math.cosh,Math.tanh,Math.exp,"
    "(a)=>2**a,Math.expm1,Math.log,Math.log1p,Math.log10,Math.log2,Math.cbrt]";

// A module that spawns tasks imports its memory, declared shared. The
// wrapper makes it from the limits in the module's import section (which
// it scans: the bytes must be given, not a compiled Module; `a=l()+a`,
// as `a+=l()` would add to the `a` before the read), shared where
// the host has shared memory (Node, a cross-origin-isolated page). Where
// it has none, the import is made unshared first, as the runtime does.
// Tasks run in order, each at its spawn: for a pool of workers, run the
// module with the runtime (web/runtime/runtime.mjs, docs/threads.md).
constexpr const char* kSharedMemory =
    "if(!env.memory){if(!ArrayBuffer.isView(wasm)&&!(wasm instanceof ArrayBuffer))"
    "throw new Error(\"this module imports its memory: pass its bytes\");"
    "const b=new Uint8Array(ArrayBuffer.isView(wasm)?wasm.buffer.slice(wasm.byteOffset,"
    "wasm.byteOffset+wasm.byteLength):wasm.slice(0));"
    "let a=8,f=0,n=0,x;const l=()=>{let r=0,s=1,c;do{c=b[a++];r+=(c&127)*s;s*=128}while(c&128);"
    "return r};"
    "while(a<b.length&&!f){const id=b[a++],e=l()+a;if(id==2)for(let k=l();k--&&!f;){a=l()+a;"
    "a=l()+a;const t=b[a++];if(t==2){f=a++;n=l();if(b[f]&1)x=l()}else if(t==0)l();else if(t==1)"
    "{a++;const g=b[a++];l();if(g&1)l()}else a+=2}a=e}"
    "const sh=typeof SharedArrayBuffer==\"function\"&&!!(globalThis.process||"
    "globalThis.crossOriginIsolated);if(!sh)b[f]&=~2;wasm=b;"
    "env.memory=new WebAssembly.Memory({initial:n,maximum:x,shared:sh})}\n";

bool isPlain(const BoundaryValue& v) {
  return v.kind == BoundaryKind::Unit || v.kind == BoundaryKind::Int ||
         v.kind == BoundaryKind::BigInt || v.kind == BoundaryKind::Float ||
         v.kind == BoundaryKind::ExternRef;
}

bool isPlainFn(const BoundaryFn& f) {
  for (const BoundaryValue& p : f.params) {
    if (!isPlain(p))
      return false;
  }
  return isPlain(f.result);
}

std::string jsIdent(const std::string& name) {
  std::string s;
  for (char c : name)
    s += (isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '$') ? c : '_';
  if (s.empty() || isdigit(static_cast<unsigned char>(s[0])))
    s = "_" + s;
  return s;
}

std::string quoted(const std::string& s) {
  std::string q = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\')
      q += '\\';
    q += c;
  }
  return q + "\"";
}

// An export with strings, slices, bool or char: copy in, call, decode out.
std::string exportAdapter(const BoundaryFn& f) {
  std::ostringstream pre, args, post;
  for (size_t i = 0; i < f.params.size(); ++i) {
    const BoundaryValue& p = f.params[i];
    std::string a = "a" + std::to_string(i);
    if (!args.str().empty())
      args << ",";
    switch (p.kind) {
      case BoundaryKind::Str:
        // encodeInto writes the UTF-8 straight into the module's memory: no
        // intermediate array, one copy. The buffer is sized for the worst
        // case (3 bytes per UTF-16 unit) and freed with that size.
        pre << "const c" << i << "=" << a << ".length*3,p" << i << "=x.wasmrust_alloc(c" << i
            << ",1),n" << i << "=te.encodeInto(" << a << ",new Uint8Array(m.buffer,p" << i << ",c"
            << i << ")).written;";
        args << "p" << i << ",n" << i;
        post << "x.wasmrust_dealloc(p" << i << ",c" << i << ",1);";
        break;
      case BoundaryKind::Slice:
        pre << "const p" << i << "=put(" << a << "," << p.elemSize << ");";
        args << "p" << i << "," << a << ".length";
        if (p.isMut)
          post << a << ".set(new " << p.jsType << "(m.buffer,p" << i << "," << a << ".length));";
        post << "x.wasmrust_dealloc(p" << i << "," << a << ".byteLength," << p.elemSize << ");";
        break;
      case BoundaryKind::Bool:
        args << "+!!" << a;
        break;
      case BoundaryKind::Char:
        args << a << ".codePointAt(0)";
        break;
      default:
        args << a;
    }
  }
  std::string call = "x[" + quoted(f.name) + "](" + args.str() + ")";
  std::string result;
  switch (f.result.kind) {
    case BoundaryKind::Str:
      result = "const [p,n]=r;return str(p,n)";
      break;
    case BoundaryKind::Bool:
      result = "return r!==0";
      break;
    case BoundaryKind::Char:
      result = "return String.fromCodePoint(r)";
      break;
    default:
      result = "return r";
  }
  std::ostringstream js;
  js << "(";
  for (size_t i = 0; i < f.params.size(); ++i)
    js << (i ? "," : "") << "a" << i;
  js << ")=>{" << pre.str() << "const r=" << call << ";" << post.str() << result << "}";
  return js.str();
}

// A host fn as the module calls it, forwarding to the caller's function
// with strings decoded and slices viewed as typed arrays.
std::string importAdapter(const BoundaryFn& f) {
  std::string target = "imports[" + quoted(f.module) + "][" + quoted(f.name) + "]";
  // A host fn of numbers is the caller's function itself: a forwarding
  // closure would cost a second call (and a spread) on every call.
  if (isPlainFn(f))
    return "imports[" + quoted(f.module) + "]?.[" + quoted(f.name) + "]";
  std::ostringstream params, args;
  int n = 0;
  for (size_t i = 0; i < f.params.size(); ++i) {
    const BoundaryValue& p = f.params[i];
    std::string a = "a" + std::to_string(n++);
    params << (params.str().empty() ? "" : ",") << a;
    args << (i ? "," : "");
    if (p.kind == BoundaryKind::Str || p.kind == BoundaryKind::Slice) {
      std::string len = "a" + std::to_string(n++);
      params << "," << len;
      if (p.kind == BoundaryKind::Str)
        args << "str(" << a << "," << len << ")";
      else
        args << "new " << p.jsType << "(m.buffer," << a << "," << len << ")";
    } else if (p.kind == BoundaryKind::Bool) {
      args << a << "!==0";
    } else if (p.kind == BoundaryKind::Char) {
      args << "String.fromCodePoint(" << a << ")";
    } else {
      args << a;
    }
  }
  std::string call = target + "(" + args.str() + ")";
  if (f.result.kind == BoundaryKind::Bool)
    call = "+!!" + call;
  else if (f.result.kind == BoundaryKind::Char)
    call = call + ".codePointAt(0)";
  return "(" + params.str() + ")=>" + call;
}

std::string tsType(const BoundaryValue& v) {
  switch (v.kind) {
    case BoundaryKind::Unit:
      return "void";
    case BoundaryKind::Int:
    case BoundaryKind::Float:
      return "number";
    case BoundaryKind::BigInt:
      return "bigint";
    case BoundaryKind::Bool:
      return "boolean";
    case BoundaryKind::Char:
    case BoundaryKind::Str:
      return "string";
    case BoundaryKind::Slice:
      return v.jsType;
    case BoundaryKind::ExternRef:
      return jsIdent(v.jsType) + " | null";
  }
  return "unknown";
}

std::string tsSignature(const BoundaryFn& f) {
  std::string s = jsIdent(f.name) + "(";
  for (size_t i = 0; i < f.params.size(); ++i)
    s += (i ? ", " : "") + jsIdent(f.paramNames[i]) + ": " + tsType(f.params[i]);
  return s + "): " + tsType(f.result) + ";";
}

}  // namespace

std::string jsWrapper(const ModuleInterface& mi, const std::string& wasmName) {
  std::set<std::string> env(mi.envImports.begin(), mi.envImports.end());
  std::ostringstream js;
  js << "// Typed wrapper of " << wasmName << ", written by `wasmrust build --emit js`.\n"
     << "// The module needs no glue; this only converts strings, slices, bool and char.\n"
     << "const te=new TextEncoder(),td=new TextDecoder();\n"
     << "export async function instantiate(wasm,imports={}){\n"
     << "let x,m;const str=(p,n)=>td.decode(new Uint8Array(m.buffer,p,n));\n"
     << "const put=(a,s)=>{const p=x.wasmrust_alloc(a.byteLength,s);new Uint8Array(m.buffer,p,"
        "a.byteLength).set(new Uint8Array(a.buffer,a.byteOffset,a.byteLength));return p};\n";
  js << "const o=[\"\",\"\",\"\"],env={";
  if (env.count("write")) {
    js << "write(fd,p,n){const s=o[fd]+str(p,n),i=s.lastIndexOf(\"\\n\");"
          "if(i>=0)(fd===2?console.error:console.log)(s.slice(0,i));o[fd]=s.slice(i+1)},";
  }
  if (env.count("exit"))
    js << "exit(c){throw new Error(`exit ${c}`)},";
  if (env.count("task_in_order"))
    js << "task_in_order(){},";
  if (env.count("trace_flush"))
    js << "trace_flush(){},";
  if (env.count("task_spawn"))  // no workers: every task runs at its spawn
    js << "task_workers:()=>0,task_spawn(){},task_help:()=>0,";
  if (env.count("math"))
    js << "math:(o,a,b)=>" << kMathOps << "[o](a,b),";
  js << "...imports.env};\n";
  if (env.count("fmt_f64")) {
    js << "if(!env.fmt_f64)throw new Error(\"this module prints floats: pass imports.env from "
          "makeImports() of the WasmRust runtime\");\n";
  }
  if (env.count("memory"))
    js << kSharedMemory;
  js << "const i={env";
  std::set<std::string> modules;
  for (const BoundaryFn& f : mi.imports)
    modules.insert(f.module);
  for (const std::string& mod : modules) {
    js << "," << quoted(mod) << ":{";
    bool first = true;
    for (const BoundaryFn& f : mi.imports) {
      if (f.module != mod)
        continue;
      js << (first ? "" : ",") << quoted(f.name) << ":" << importAdapter(f);
      first = false;
    }
    js << "}";
  }
  js << "};\n"
     << "const r=await WebAssembly.instantiate(wasm,i);x=(r.instance||r).exports;m=x.memory;\n"
     << "return{exports:x";
  if (mi.hasMain)
    js << ",main:x.main";
  for (const BoundaryFn& f : mi.exports) {
    js << "," << quoted(f.name) << ":";
    if (isPlainFn(f))
      js << "x[" << quoted(f.name) << "]";
    else
      js << exportAdapter(f);
  }
  js << "}}\n";
  return js.str();
}

std::string dtsWrapper(const ModuleInterface& mi, const std::string& wasmName) {
  std::ostringstream ts;
  ts << "// Types of the wrapper of " << wasmName << " (`wasmrust build --emit js`).\n";
  std::set<std::string> hostTypes;
  auto collect = [&](const BoundaryValue& v) {
    if (v.kind == BoundaryKind::ExternRef)
      hostTypes.insert(jsIdent(v.jsType));
  };
  for (const auto* list : {&mi.exports, &mi.imports}) {
    for (const BoundaryFn& f : *list) {
      for (const BoundaryValue& p : f.params)
        collect(p);
      collect(f.result);
    }
  }
  for (const std::string& t : hostTypes)
    ts << "/** A host value the module holds as `externref<" << t << ">`. */\nexport type " << t
       << " = unknown;\n";
  ts << "export interface Exports {\n";
  if (mi.hasMain)
    ts << "  main(): void;\n";
  for (const BoundaryFn& f : mi.exports)
    ts << "  " << tsSignature(f) << "\n";
  ts << "  exports: WebAssembly.Exports;\n}\nexport interface Imports {\n";
  std::set<std::string> modules;
  for (const BoundaryFn& f : mi.imports)
    modules.insert(f.module);
  for (const std::string& mod : modules) {
    ts << "  " << quoted(mod) << ": {\n";
    for (const BoundaryFn& f : mi.imports) {
      if (f.module == mod)
        ts << "    " << tsSignature(f) << "\n";
    }
    ts << "  };\n";
  }
  ts << "  env?: Record<string, Function>;\n}\n"
     << "export function instantiate(wasm: BufferSource | WebAssembly.Module, imports"
     << (modules.empty() ? "?" : "") << ": Imports): Promise<Exports>;\n";
  return ts.str();
}

}  // namespace wr
