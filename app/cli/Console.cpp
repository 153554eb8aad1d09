// SPDX-License-Identifier: MIT
#include "Console.h"

#include <cstdio>

namespace tgic::cli {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

} // namespace tgic::cli
