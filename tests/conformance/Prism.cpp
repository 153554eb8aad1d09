// SPDX-License-Identifier: MIT
#include "Prism.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcessEnvironment>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#ifndef TGIC_CONFORMANCE_DIR
#error "TGIC_CONFORMANCE_DIR (tests/conformance) is set by tests/conformance/CMakeLists.txt"
#endif
#ifndef TGIC_SPECS_DIR
#error "TGIC_SPECS_DIR (tests/specs) is set by tests/CMakeLists.txt"
#endif

using namespace Qt::StringLiterals;

namespace tgic::test {

QString Prism::executable()
{
    return QDir(QStringLiteral(TGIC_CONFORMANCE_DIR)).filePath(u"node_modules/.bin/prism"_s);
}

bool Prism::start(const QUrl &upstream, const QString &logPath, QString *error)
{
    // A free port: bind to 0, note it, release it. Prism binds it a moment later.
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0)) {
            *error = probe.errorString();
            return false;
        }
        m_port = probe.serverPort();
    }
    m_logPath = logPath;
    m_process.setProgram(executable());
    m_process.setArguments(
        { u"proxy"_s, QStringLiteral(TGIC_SPECS_DIR "/intercom-api-2.16.errata.yaml"), upstream.toString(),
            u"--errors"_s, u"--host"_s, u"127.0.0.1"_s, u"--port"_s, QString::number(m_port) });
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    m_process.setStandardOutputFile(logPath);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"NO_COLOR"_s, u"1"_s); // plain log lines to scan
    env.insert(u"SCARF_ANALYTICS"_s, u"false"_s); // no telemetry from a test
    m_process.setProcessEnvironment(env);
    m_process.start();
    if (!m_process.waitForStarted(10000)) {
        *error = m_process.errorString();
        return false;
    }
    // Loading the 1.3 MB description takes seconds: poll the port rather than sleep. A TCP
    // connect only, so no request (and no log line) is produced by the wait.
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 120000) {
        if (m_process.state() != QProcess::Running) {
            *error = u"Prism exited (code %1): %2"_s.arg(m_process.exitCode()).arg(log().right(2000));
            return false;
        }
        // Ready when *our* Prism says it listens on our port: a bare TCP connect could reach
        // another process that took the port after the probe released it.
        const QString listening = u"Prism is listening on http://127.0.0.1:%1"_s.arg(m_port);
        if (log().contains(listening)) {
            QTcpSocket socket;
            socket.connectToHost(QHostAddress::LocalHost, m_port);
            if (socket.waitForConnected(500)) {
                socket.disconnectFromHost();
                return true;
            }
        }
        QTest::qWait(250);
    }
    *error = u"Prism did not open port %1 within 120 s: %2"_s.arg(m_port).arg(log().right(2000));
    return false;
}

void Prism::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QUrl Prism::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

QString Prism::log() const
{
    QFile f(m_logPath);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace tgic::test
