#!/usr/bin/env lua
return scenario{ id = "shebang" }
