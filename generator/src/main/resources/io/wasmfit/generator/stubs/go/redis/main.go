package main

import (
	"errors"

	"github.com/spinframework/spin-go-sdk/v2/redis"
)

${types}
// The original Java method, for reference while porting:
//
${javaReference}
func init() {
	// redis.Handle must be called in init().
	redis.Handle(func(payload []byte) error {
		// A message on channel '${destination}': decode it into ${requestType}.
		_ = payload
		// TODO(wasmfit): port the method body.
		return errors.New("wasmfit stub: ${candidateId} is not ported yet")
	})
}

func main() {}
