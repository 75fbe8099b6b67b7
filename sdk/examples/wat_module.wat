;; wat_module.wat — a native module written by hand in WebAssembly text, built with
;; wat2wasm (make sdk): it uses nothing of the SDK, only ABI v1 (sdk/ABI.md), so a module
;; from any toolchain that exports i64 functions and globals loads the same way.
;;
;;     from "./wat_module.wasm" import add_one, half, answer, golden
;;     print(add_one(41), half(3), answer, golden)   # 42 1.5 42 1.618033988749895

(module
  ;; The value word's tags.
  (global $QNAN_SIGN i64 (i64.const 0xFFFC000000000000)) ;; the tag of an int
  (global $PAYLOAD i64 (i64.const 0x0000FFFFFFFFFFFF))   ;; its 48-bit payload

  ;; An int word's payload, sign-extended from 48 bits; any other word traps, which the
  ;; program sees as RuntimeError: native function 'add_one' trapped: unreachable.
  (func $as_int (param $v i64) (result i64)
    (if (i64.ne (i64.and (local.get $v) (global.get $QNAN_SIGN)) (global.get $QNAN_SIGN))
      (then unreachable))
    (i64.shr_s (i64.shl (local.get $v) (i64.const 16)) (i64.const 16)))

  (func $int (param $i i64) (result i64)
    (i64.or (global.get $QNAN_SIGN) (i64.and (local.get $i) (global.get $PAYLOAD))))

  ;; add_one(x: int) -> int (wraps around at 48 bits: ABI v1 has no error channel)
  (func (export "add_one") (param $x i64) (result i64)
    (call $int (i64.add (call $as_int (local.get $x)) (i64.const 1))))

  ;; half(x: int or float) -> float. A float word is its IEEE bits, so a float argument
  ;; needs no decoding; an int converts. x / 2 of a float is never a NaN that needs
  ;; canonicalising unless x is one, and then it already is canonical.
  (func (export "half") (param $x i64) (result i64)
    (local $f f64)
    (if (i64.eq (i64.and (local.get $x) (i64.const 0x7FFC000000000000)) (i64.const 0x7FFC000000000000))
      (then (local.set $f (f64.convert_i64_s (call $as_int (local.get $x)))))
      (else (local.set $f (f64.reinterpret_i64 (local.get $x)))))
    (i64.reinterpret_f64 (f64.div (local.get $f) (f64.const 2))))

  ;; Constants: an i64 global holds a value word (here the int 42), an f64 a float.
  (global (export "answer") i64 (i64.const 0xFFFC00000000002A))
  (global (export "golden") f64 (f64.const 1.618033988749895))
)
