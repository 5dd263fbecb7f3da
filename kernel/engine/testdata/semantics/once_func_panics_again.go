// A func given to sync.OnceFunc panics: OnceFunc recovers it and raises
// it again, which Go names "[recovered, repanicked]".
package main

import (
	"fmt"
	"strings"
	"sync"
)

var settings map[string]string

var loadSettings = sync.OnceFunc(func() {
	for _, kv := range strings.Split("env=prod,debug=false", ",") {
		k, v, _ := strings.Cut(kv, "=")
		settings[k] = v
	}
})

func main() {
	fmt.Println("loading")
	loadSettings()
	fmt.Println(settings)
}
