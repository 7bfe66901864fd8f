-- An error message with invalid UTF-8 and a terminal escape that clears the screen.
error("bad ÿþ bytes [2J here")
