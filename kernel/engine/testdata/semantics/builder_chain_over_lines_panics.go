// A query builder's methods chained over several lines: when one
// panics, the caller's frame names the line of that call, as Go does,
// not the line the chain starts on.
package main

import (
	"fmt"
	"strings"
)

type Query struct {
	table string
	conds []string
	limit int
}

func From(table string) *Query { return &Query{table: table} }

func (q *Query) Where(cond string) *Query {
	q.conds = append(q.conds, cond)
	return q
}

func (q *Query) Limit(n int) *Query {
	if n <= 0 {
		panic(fmt.Sprintf("limit must be positive, got %d", n))
	}
	q.limit = n
	return q
}

func (q *Query) String() string {
	return fmt.Sprintf("SELECT * FROM %s WHERE %s LIMIT %d", q.table, strings.Join(q.conds, " AND "), q.limit)
}

func build(n int) string {
	q := From("users").
		Where("age > 18").
		Where("active").
		Limit(n)
	return q.String()
}

func main() {
	fmt.Println(build(10))
	fmt.Println(strings.
		Repeat("-", 10))
	fmt.Println(build(0))
}
