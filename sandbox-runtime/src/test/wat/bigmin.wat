;; Declares 64 MiB of memory up front.
(module
  (memory (export "memory") 1024)
  (func (export "_start")))
