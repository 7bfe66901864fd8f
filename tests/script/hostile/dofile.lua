-- Runs another file from disk.
dofile("/etc/passwd")
