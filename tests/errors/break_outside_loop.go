package main

func main() {
	break
	for {
		continue missing
	}
}
