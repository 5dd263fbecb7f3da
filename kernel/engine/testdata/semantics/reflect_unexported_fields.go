package main

import (
	"fmt"
	"reflect"
	"strconv"
)

type Level int

func (l Level) String() string { return "L" + strconv.Itoa(int(l)) }

type base struct{ ID int }

type Config struct {
	base
	Name    string `env:"NAME"`
	Port    int    `env:"PORT"`
	secret  string `env:"SECRET"`
	level   Level
	Verbose bool `env:"VERBOSE"`
}

func load(cfg any, env map[string]string) {
	v := reflect.ValueOf(cfg).Elem()
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := v.Field(i)
		sf := t.Field(i)
		if sf.Anonymous {
			fmt.Println("embedded", sf.Name, f.Field(0).CanSet())
			continue
		}
		if !f.CanSet() {
			fmt.Println("skip", sf.Name, f.CanAddr(), f.CanInterface())
			continue
		}
		val, ok := env[sf.Tag.Get("env")]
		if !ok {
			continue
		}
		switch f.Kind() {
		case reflect.String:
			f.SetString(val)
		case reflect.Int:
			n, _ := strconv.Atoi(val)
			f.SetInt(int64(n))
		case reflect.Bool:
			b, _ := strconv.ParseBool(val)
			f.SetBool(b)
		}
	}
}

func try(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(name, "panics:", r)
		}
	}()
	f()
}

func main() {
	c := &Config{secret: "s", level: 2}
	load(c, map[string]string{"NAME": "svc", "PORT": "8080", "SECRET": "x", "VERBOSE": "true"})
	fmt.Printf("%+v\n", *c)
	v := reflect.ValueOf(c).Elem()
	fmt.Println(v.Field(3), v.FieldByName("secret").CanSet(), v.FieldByName("Name").CanSet())
	fmt.Println(v.Field(4).Int(), v.Field(4).Kind())
	try("Interface", func() { fmt.Println(v.Field(3).Interface()) })
	try("SetString", func() { v.Field(3).SetString("y") })
	nv := reflect.ValueOf(*c)
	fmt.Println(nv.Field(3).CanSet(), nv.Field(3).CanAddr(), nv.Field(3).String(), nv.Field(1).CanInterface())
	emb := v.Field(0)
	fmt.Println(emb.Field(0).CanSet())
	emb.Field(0).SetInt(7)
	fmt.Println(c.ID)
	fmt.Println(reflect.DeepEqual(*c, *c))
}
