// Reflection as configuration loaders use it: struct tags, setting
// fields by kind, reflect.New, slices and maps of cell structs, calls.
package main

import (
	"errors"
	"fmt"
	"reflect"
	"strconv"
	"strings"
)

type Config struct {
	Host    string  `env:"HOST" default:"localhost"`
	Port    int     `env:"PORT" default:"8080"`
	Debug   bool    `env:"DEBUG"`
	Ratio   float64 `env:"RATIO" default:"0.5"`
	Tags    []string
	secret  string
	Timeout int `env:"TIMEOUT" validate:"min=1"`
}

func load(dst any, env map[string]string) error {
	v := reflect.ValueOf(dst)
	if v.Kind() != reflect.Pointer || v.Elem().Kind() != reflect.Struct {
		return errors.New("dst must be a pointer to a struct")
	}
	v = v.Elem()
	t := v.Type()
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		if !f.IsExported() {
			fmt.Println("skip unexported", f.Name)
			continue
		}
		key := f.Tag.Get("env")
		if key == "" {
			continue
		}
		raw, ok := env[key]
		if !ok {
			raw = f.Tag.Get("default")
		}
		if raw == "" {
			continue
		}
		fv := v.Field(i)
		switch fv.Kind() {
		case reflect.String:
			fv.SetString(raw)
		case reflect.Int:
			n, err := strconv.Atoi(raw)
			if err != nil {
				return fmt.Errorf("%s: %w", f.Name, err)
			}
			fv.SetInt(int64(n))
		case reflect.Bool:
			b, _ := strconv.ParseBool(raw)
			fv.SetBool(b)
		case reflect.Float64:
			x, _ := strconv.ParseFloat(raw, 64)
			fv.SetFloat(x)
		}
	}
	return nil
}

func dump(x any) string {
	v := reflect.Indirect(reflect.ValueOf(x))
	t := v.Type()
	var parts []string
	for i := 0; i < v.NumField(); i++ {
		if !t.Field(i).IsExported() {
			continue
		}
		parts = append(parts, fmt.Sprintf("%s=%v", t.Field(i).Name, v.Field(i).Interface()))
	}
	return t.Name() + "{" + strings.Join(parts, " ") + "}"
}

type Animal interface{ Sound() string }
type Dog struct{ Name string }

func (d Dog) Sound() string { return "woof" }

func main() {
	var c Config
	err := load(&c, map[string]string{"PORT": "9000", "DEBUG": "true"})
	fmt.Println(err)
	fmt.Printf("%+v\n", c)
	fmt.Println(dump(&c))
	fmt.Println(load(c, nil))
	fmt.Println(load(&c, map[string]string{"PORT": "x"}))
	ft, _ := reflect.TypeOf(c).FieldByName("Timeout")
	fmt.Println(ft.Tag.Get("validate"), ft.Type.Kind(), ft.Index)
	nv := reflect.New(reflect.TypeOf(Dog{})).Elem()
	nv.FieldByName("Name").SetString("rex")
	d := nv.Interface().(Dog)
	fmt.Println(d.Name, d.Sound())
	animalType := reflect.TypeOf((*Animal)(nil)).Elem()
	_ = animalType
	dogs := []Dog{{"a"}, {"b"}}
	sv := reflect.ValueOf(dogs)
	fmt.Println(sv.Len(), sv.Index(1).Field(0), sv.Type())
	m := reflect.ValueOf(map[string]Dog{"x": {"y"}})
	for _, k := range m.MapKeys() {
		fmt.Println(k, m.MapIndex(k).Field(0))
	}
	fn := reflect.ValueOf(strings.Repeat)
	out := fn.Call([]reflect.Value{reflect.ValueOf("ab"), reflect.ValueOf(3)})
	fmt.Println(out[0], fn.Type())
	fmt.Println(reflect.DeepEqual(c, c), reflect.DeepEqual(Dog{"a"}, Dog{"b"}))
}
