// SPDX-License-Identifier: MIT
#pragma once

#include <QTextStream>

class QCommandLineParser;

namespace tgic::cli {

//! The CLI's one stream per standard channel: two QTextStreams on the same stdout would buffer
//! separately and interleave their output out of order.
QTextStream &out();
QTextStream &err();

//! Who the audit log names for a command: --as, else the OS user "(tgic-cli)".
QString actorName(const QCommandLineParser &parser);

} // namespace tgic::cli
