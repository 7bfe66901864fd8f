-- A title with bytes that are not UTF-8 (Latin-1 \xe9 and a stray \xff).
return scenario{ id = "latin1", title = "café ÿ" }
