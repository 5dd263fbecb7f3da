// A matrix kept as an array type: a method solves a system, and later a
// pointer to a matrix that was never set is read by index. The panic
// names the read, not the earlier method call.
package main

import "fmt"

type Mat [2][2]float64

func (m Mat) Det() float64 { return m[0][0]*m[1][1] - m[0][1]*m[1][0] }

func (m Mat) Solve(b [2]float64) ([2]float64, error) {
	d := m.Det()
	if d == 0 {
		return [2]float64{}, fmt.Errorf("singular matrix")
	}
	return [2]float64{(b[0]*m[1][1] - m[0][1]*b[1]) / d, (m[0][0]*b[1] - b[0]*m[1][0]) / d}, nil
}

func main() {
	a := Mat{{2, 1}, {1, 3}}
	x, err := a.Solve([2]float64{3, 5})
	fmt.Printf("%.2f %v\n", x, err)
	_, err = Mat{{1, 2}, {2, 4}}.Solve([2]float64{1, 1})
	fmt.Println(err)
	var p *Mat
	fmt.Println(p == nil)
	fmt.Println(p[0][0])
}
