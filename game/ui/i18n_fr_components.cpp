// French strings of the player components: step panels, documents, the HS browser, keyed by the English text passed to tr().
namespace clearance::ui {

extern const char* const french_components[][2];
const char* const french_components[][2] = {
    {nullptr, nullptr},
};

}  // namespace clearance::ui
