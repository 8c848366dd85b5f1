module github.com/factcheck/factcheck

go 1.26.0

require (
	github.com/stretchr/testify v1.12.1
	go.yaml.in/yaml/v3 v3.0.6
)

require golang.org/x/text v0.43.0

require github.com/aymanbagabas/go-udiff v0.4.2

require golang.org/x/net v0.62.0

require github.com/yuin/goldmark v1.8.7
