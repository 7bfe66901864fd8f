// clearance: the thin shell. Everything happens in run_cli (game/app/cli.cpp).
#include "app/cli.h"

#include <iostream>

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    return clearance::app::run_cli(args, std::cout, std::cerr);
}
