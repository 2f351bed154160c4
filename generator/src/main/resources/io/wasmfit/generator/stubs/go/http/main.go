package main

import (
	"net/http"

	spinhttp "github.com/spinframework/spin-go-sdk/v2/http"
)

${types}
// The original Java method, for reference while porting:
//
${javaReference}
func init() {
	spinhttp.Handle(func(w http.ResponseWriter, r *http.Request) {
		// ${route}: read the parameters (query, path, JSON body) into ${requestType}.
		_ = r
		// TODO(wasmfit): port the method body and answer with a ${responseType} as JSON.
		w.Header().Set("Content-Type", "text/plain")
		w.WriteHeader(http.StatusNotImplemented)
		w.Write([]byte("wasmfit stub: ${candidateId} is not ported yet"))
	})
}

func main() {}
