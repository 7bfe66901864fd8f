return scenario{
  id = "inf",
  steps = {
    { kind = "brief" },
    { kind = "value", quantity = math.huge },
  },
}
