// reflect sees what embedding promotes: fields and methods of embedded
// structs, through values and pointers, as a struct walker lesson shows.
package main

import (
	"fmt"
	"reflect"
	"strings"
	"sync"
)

type Base struct {
	ID      int
	Created string
}

func (b Base) Describe() string { return fmt.Sprint("base ", b.ID) }

func (b *Base) Touch(when string) { b.Created = when }

type Audit struct{ By string }

func (a *Audit) Sign(who string) string { a.By = who; return "signed by " + who }

type User struct {
	Base
	*Audit
	Name  string
	email string
}

func (u User) Greet(g string) string { return g + ", " + u.Name }

type Admin struct {
	User
	Level int
	mu    sync.Mutex
}

func main() {
	t := reflect.TypeOf(User{})
	for _, name := range []string{"ID", "By", "Name", "email", "Missing"} {
		f, ok := t.FieldByName(name)
		fmt.Println(name, f.Name, f.Index, f.Type, f.PkgPath, ok)
	}
	for _, f := range reflect.VisibleFields(reflect.TypeOf(Admin{})) {
		fmt.Println("visible", f.Name, f.Index, f.Anonymous, f.IsExported())
	}

	for _, typ := range []reflect.Type{t, reflect.TypeOf(&User{}), reflect.TypeOf(Admin{}), reflect.TypeOf(&Admin{})} {
		var names []string
		for i := 0; i < typ.NumMethod(); i++ {
			m := typ.Method(i)
			names = append(names, m.Name+" "+m.Type.String())
		}
		fmt.Println(typ, typ.NumMethod(), strings.Join(names, "; "))
	}
	m, ok := reflect.TypeOf(&User{}).MethodByName("Greet")
	fmt.Println(m.Type, m.Type.In(0), ok)

	u := &User{Base: Base{ID: 7}, Audit: &Audit{}, Name: "Ann"}
	v := reflect.ValueOf(u)
	fmt.Println(v.MethodByName("Describe").Call(nil)[0])
	fmt.Println(v.MethodByName("Sign").Call([]reflect.Value{reflect.ValueOf("Bob")})[0], u.By)
	v.MethodByName("Touch").Call([]reflect.Value{reflect.ValueOf("today")})
	fmt.Println(u.Created, v.Elem().FieldByName("Created"), v.Elem().FieldByName("By"))
	v.Elem().FieldByName("ID").SetInt(8)
	fmt.Println(u.Describe(), v.Elem().FieldByName("email").CanSet())
	fmt.Println(reflect.ValueOf(*u).NumMethod(), v.NumMethod())
	fmt.Println(reflect.ValueOf(u.Base).MethodByName("Touch").IsValid())
	r := m.Func.Call([]reflect.Value{v, reflect.ValueOf("Hi")})
	fmt.Println(r[0])
}
