;; Copies stdin to stdout, then prints "argv:" and one line per argument,
;; then "env:" and one line per environment entry. The sandbox tests use it to
;; see exactly what a guest receives, and the WAGI tests to produce a CGI response
;; (the request body carries the response headers).
(module
  (import "wasi_snapshot_preview1" "fd_read" (func $fd_read (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "fd_write" (func $fd_write (param i32 i32 i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_sizes_get" (func $args_sizes_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "args_get" (func $args_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "environ_sizes_get" (func $environ_sizes_get (param i32 i32) (result i32)))
  (import "wasi_snapshot_preview1" "environ_get" (func $environ_get (param i32 i32) (result i32)))
  (memory (export "memory") 2)
  ;; 0..16: iovec and counters; 16..32: labels; 1024..: stdin buffer; 65536..: argv/env data
  (data (i32.const 16) "argv:\n")
  (data (i32.const 24) "env:\n")
  (data (i32.const 30) "\n")

  (func $write (param $ptr i32) (param $len i32)
    (i32.store (i32.const 0) (local.get $ptr))
    (i32.store (i32.const 4) (local.get $len))
    (drop (call $fd_write (i32.const 1) (i32.const 0) (i32.const 1) (i32.const 8))))

  (func $strlen (param $ptr i32) (result i32)
    (local $end i32)
    (local.set $end (local.get $ptr))
    (block $done
      (loop $next
        (br_if $done (i32.eqz (i32.load8_u (local.get $end))))
        (local.set $end (i32.add (local.get $end) (i32.const 1)))
        (br $next)))
    (i32.sub (local.get $end) (local.get $ptr)))

  ;; prints the NUL-terminated strings whose pointers are at $ptrs, one per line
  (func $lines (param $ptrs i32) (param $count i32)
    (local $s i32)
    (block $done
      (loop $next
        (br_if $done (i32.eqz (local.get $count)))
        (local.set $s (i32.load (local.get $ptrs)))
        (call $write (local.get $s) (call $strlen (local.get $s)))
        (call $write (i32.const 30) (i32.const 1))
        (local.set $ptrs (i32.add (local.get $ptrs) (i32.const 4)))
        (local.set $count (i32.sub (local.get $count) (i32.const 1)))
        (br $next))))

  (func $copy_stdin
    (local $n i32)
    (block $eof
      (loop $next
        (i32.store (i32.const 0) (i32.const 1024))
        (i32.store (i32.const 4) (i32.const 4096))
        (br_if $eof (call $fd_read (i32.const 0) (i32.const 0) (i32.const 1) (i32.const 8)))
        (local.set $n (i32.load (i32.const 8)))
        (br_if $eof (i32.eqz (local.get $n)))
        (call $write (i32.const 1024) (local.get $n))
        (br $next))))

  (func (export "_start")
    (call $copy_stdin)
    (call $write (i32.const 16) (i32.const 6))
    (drop (call $args_sizes_get (i32.const 8) (i32.const 12)))
    (drop (call $args_get (i32.const 65536) (i32.const 69632)))
    (call $lines (i32.const 65536) (i32.load (i32.const 8)))
    (call $write (i32.const 24) (i32.const 5))
    (drop (call $environ_sizes_get (i32.const 8) (i32.const 12)))
    (drop (call $environ_get (i32.const 65536) (i32.const 69632)))
    (call $lines (i32.const 65536) (i32.load (i32.const 8)))))
