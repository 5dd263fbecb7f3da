package main

import (
	"fmt"
	"unicode/utf8"
)

func inspectSlice(slice []string) {
	fmt.Printf("Length[%d] Capacity[%d]\n", len(slice), cap(slice))
	for i, s := range slice {
		fmt.Printf("[%d] %s\n", i, s)
	}
}

type user struct {
	likes int
}

func main() {
	slice := make([]string, 5, 8)
	slice[0] = "Apple"
	slice[1] = "Orange"
	slice[2] = "Banana"
	slice[3] = "Grape"
	slice[4] = "Plum"
	inspectSlice(slice)

	var data []string
	lastCap := cap(data)
	for record := 1; record <= 1e5; record++ {
		value := fmt.Sprintf("Rec: %d", record)
		data = append(data, value)
		if lastCap != cap(data) {
			capChg := float64(cap(data)-lastCap) / float64(lastCap) * 100
			lastCap = cap(data)
			fmt.Printf("Addr[%p]\tIndex[%d]\t\tCap[%d - %2.f%%]\n", &data[0], record, cap(data), capChg)
		}
	}

	slice1 := make([]string, 5, 8)
	slice1[0] = "Apple"
	slice1[1] = "Orange"
	slice1[2] = "Banana"
	slice1[3] = "Grape"
	slice1[4] = "Plum"
	slice2 := slice1[2:4]
	inspectSlice(slice2)
	slice2[0] = "CHANGED"
	inspectSlice(slice1)
	slice3 := make([]string, len(slice2))
	copy(slice3, slice2)
	slice4 := append(slice2, "X")
	inspectSlice(slice1)
	inspectSlice(slice4)
	slice5 := slice1[2:4:4]
	slice5 = append(slice5, "NEW")
	inspectSlice(slice1)
	inspectSlice(slice5)

	users := make([]user, 3)
	shareUser := &users[1]
	shareUser.likes++
	for i := range users {
		fmt.Printf("User: %d Likes: %d\n", i, users[i].likes)
	}
	users = append(users, user{})
	shareUser.likes++
	for i := range users {
		fmt.Printf("User: %d Likes: %d\n", i, users[i].likes)
	}

	s := "世界 means world"
	var buf [utf8.UTFMax]byte
	for i, r := range s {
		rl := utf8.RuneLen(r)
		si := i + rl
		copy(buf[:], s[i:si])
		fmt.Printf("%2d: %q; codepoint: %#6x; encoded bytes: %#v\n", i, r, r, buf[:rl])
	}
}
