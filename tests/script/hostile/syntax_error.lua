return scenario{
  id = "broken",
  steps = {
    { kind = "brief", text = "a missing closing brace" ,
  },
