module github.com/wasmfit/${snakeName}

go 1.22

require github.com/spinframework/spin-go-sdk/v2 v2.2.1
