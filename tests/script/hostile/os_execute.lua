-- Runs a shell command.
os.execute("touch /tmp/clearance-pwned")
return { id = "pwned" }
