// SPDX-License-Identifier: MIT
// tgic-cli forget: erase one customer on request (issue 21), here and in Intercom.
#include "CliApp.h"
#include "Console.h"

#include "LogScrub.h"
#include "identity/CustomerErasure.h"
#include "intercom/IntercomApi.h"
#include "intercom/IntercomClient.h"
#include "store/DataFolder.h"
#include "store/Database.h"

#include <QEventLoop>
#include <QNetworkAccessManager>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace tgic::cli {

namespace {
// Start an asynchronous step and spin the event loop until it calls back; a step that calls back
// at once (a refusal) must not leave the loop waiting for a quit that already came.
void wait(const std::function<void(const std::function<void()> &finish)> &start)
{
    QEventLoop loop;
    bool done = false;
    start([&] {
        done = true;
        loop.quit();
    });
    if (!done)
        loop.exec();
}
} // namespace

ExitCode CliApp::runForget()
{
    bool ok = false;
    const qint64 id = m_parser.value(u"telegram-id"_s).toLongLong(&ok);
    if (!ok || id <= 0)
        return usageError(u"forget needs --telegram-id N"_s);
    const QString choiceName = m_parser.isSet(u"intercom"_s) ? m_parser.value(u"intercom"_s) : u"delete"_s;
    const auto choice = identity::intercomChoiceFromName(choiceName);
    if (!choice)
        return usageError(u"--intercom must be one of: delete, archive, keep"_s);
    store::Database db;
    if (!openDatabase(db))
        return ExitCode::Failure;
    QUrl url;
    ExitCode exitCode = ExitCode::Ok;
    if (!intercomUrl(&url, &exitCode))
        return exitCode;
    secrets::SecretStore secretStore;
    const auto token = loadToken(secretStore, secrets::Secret::IntercomAccessToken);
    if (!token)
        return ExitCode::Token;
    QNetworkAccessManager nam;
    intercom::IntercomApi api(&nam, url, *token);
    intercom::IntercomClient client(&api);
    identity::CustomerErasure erasure(db, &client);

    identity::ErasurePreview preview;
    wait([&](const std::function<void()> &finish) {
        erasure.preview(id, [&, finish](const identity::ErasurePreview &p) {
            preview = p;
            finish();
        });
    });
    for (const QString &line : preview.lines(*choice))
        out() << line << '\n';
    out() << Qt::flush;
    if (preview.nothingToErase() && preview.intercomChecked) {
        out() << "Nothing to erase." << Qt::endl;
        return ExitCode::Ok;
    }
    if (!preview.intercomChecked) {
        err() << "tgic-cli: Intercom: " << preview.intercomError << Qt::endl;
        return ExitCode::Unreachable;
    }
    if (m_parser.isSet(u"dry-run"_s))
        return ExitCode::Ok;
    if (!m_parser.isSet(u"yes"_s)) {
        if (!::isatty(STDIN_FILENO))
            return usageError(u"forget needs --yes when not run interactively"_s);
        out() << "This cannot be undone. Type 'erase' to go ahead: " << Qt::flush;
        QTextStream in(stdin);
        if (in.readLine().trimmed() != u"erase"_s) {
            out() << "Nothing was erased." << Qt::endl;
            return ExitCode::Failure;
        }
    }
    // The desktop app's log files on this computer forget the customer too.
    const QString logs = store::dataFolder() + u"/logs"_s;
    setLogScrubber([logs](const QStringList &needles) { scrubLogFolder(logs, needles); });
    identity::ErasureResult result;
    wait([&](const std::function<void()> &finish) {
        erasure.erase(preview, *choice, m_parser.isSet(u"force"_s), actorName(m_parser),
            [&, finish](const identity::ErasureResult &r) {
                result = r;
                finish();
            });
    });
    setLogScrubber({});
    (result.ok ? out() : err()) << (result.ok ? QString() : u"tgic-cli: "_s) << result.message << Qt::endl;
    return result.ok ? ExitCode::Ok : ExitCode::Failure;
}

} // namespace tgic::cli
