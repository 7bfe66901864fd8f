// French strings of Home, the scenario browser and the progress screen, keyed by the English text passed to tr().
namespace clearance::ui {

extern const char* const french_screens[][2];
const char* const french_screens[][2] = {
    {nullptr, nullptr},
};

}  // namespace clearance::ui
