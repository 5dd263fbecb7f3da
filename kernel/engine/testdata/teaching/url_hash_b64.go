package main

import (
	"crypto/sha256"
	b64 "encoding/base64"
	"fmt"
	"net"
	"net/url"
)

func main() {
	s := "postgres://user:pass@host.com:5432/path?k=v#f"
	u, err := url.Parse(s)
	if err != nil {
		panic(err)
	}
	fmt.Println(u.Scheme)
	fmt.Println(u.User)
	fmt.Println(u.User.Username())
	p, _ := u.User.Password()
	fmt.Println(p)
	fmt.Println(u.Host)
	host, port, _ := net.SplitHostPort(u.Host)
	fmt.Println(host, port)
	fmt.Println(u.Path, u.Fragment, u.RawQuery)
	m, _ := url.ParseQuery(u.RawQuery)
	fmt.Println(m, m["k"][0])

	h := sha256.New()
	h.Write([]byte("sha256 this string"))
	bs := h.Sum(nil)
	fmt.Printf("%x\n", bs)
	fmt.Printf("%x\n", sha256.Sum256([]byte("abc")))

	data := "abc123!?$*&()'-=@~"
	sEnc := b64.StdEncoding.EncodeToString([]byte(data))
	fmt.Println(sEnc)
	sDec, _ := b64.StdEncoding.DecodeString(sEnc)
	fmt.Println(string(sDec))
	uEnc := b64.URLEncoding.EncodeToString([]byte(data))
	fmt.Println(uEnc)
}
