package main

import "fmt"

func main() {
	var fruits [5]string
	fruits[0] = "Apple"
	fruits[1] = "Orange"
	fruits[2] = "Banana"
	fruits[3] = "Grape"
	fruits[4] = "Plum"

	for i, fruit := range fruits {
		fmt.Println(i, fruit)
	}

	numbers := [4]int{10, 20, 30, 40}
	for i := 0; i < len(numbers); i++ {
		fmt.Println(i, numbers[i])
	}

	var five [5]int
	four := [4]int{10, 20, 30, 40}
	fmt.Println(five, four)

	friends := [5]string{"Annie", "Betty", "Charley", "Doug", "Edward"}
	fmt.Printf("Bfr[%s] : ", friends[1])
	for i := range friends {
		friends[1] = "Jack"
		if i == 1 {
			fmt.Printf("Aft[%s]\n", friends[1])
		}
	}

	friends = [5]string{"Annie", "Betty", "Charley", "Doug", "Edward"}
	fmt.Printf("Bfr[%s] : ", friends[1])
	for i, v := range friends {
		friends[1] = "Jack"
		if i == 1 {
			fmt.Printf("v[%s]\n", v)
		}
	}

	friends = [5]string{"Annie", "Betty", "Charley", "Doug", "Edward"}
	fmt.Printf("Bfr[%s] : ", friends[1])
	for i, v := range &friends {
		friends[1] = "Jack"
		if i == 1 {
			fmt.Printf("v[%s]\n", v)
		}
	}

	var grid [3][3]int
	for r := range grid {
		for c := range grid[r] {
			grid[r][c] = r*3 + c
		}
	}
	fmt.Println(grid, len(grid), len(grid[0]))
	copyGrid := grid
	copyGrid[1][1] = 100
	fmt.Println(grid[1], copyGrid[1], grid == copyGrid)
	arr := [...]string{2: "c", 0: "a"}
	fmt.Printf("%q %d\n", arr, len(arr))
}
