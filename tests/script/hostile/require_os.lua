-- Gets os back through require.
local os = require("os")
os.execute("touch /tmp/clearance-pwned")
