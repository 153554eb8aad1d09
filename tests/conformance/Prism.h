// SPDX-License-Identifier: MIT
#pragma once

#include <QProcess>
#include <QString>
#include <QUrl>

namespace tgic::test {

//! Prism 5 as a validating proxy in front of an upstream, its log captured to a file.
class Prism
{
public:
    //! Where `npm ci --prefix tests/conformance` puts it.
    static QString executable();

    ~Prism() { stop(); }

    //! Proxies `upstream` through the Intercom 2.16 description (with its errata), once it listens.
    bool start(const QUrl &upstream, const QString &logPath, QString *error);
    void stop();

    QUrl url() const;
    QString log() const;

private:
    QProcess m_process;
    quint16 m_port = 0;
    QString m_logPath;
};

} // namespace tgic::test
