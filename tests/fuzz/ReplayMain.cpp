// SPDX-License-Identifier: MIT
// Replays inputs through a fuzz target without libFuzzer, so that every build (gcc too) runs
// the seed corpus and the regressions: `replay_X FILE|DIR...` feeds each file once and exits 0
// when none of them crashed or tripped an assertion in the target.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char *argv[])
{
    int fed = 0;
    for (int i = 1; i < argc; ++i) {
        const QFileInfo arg(QString::fromLocal8Bit(argv[i]));
        QStringList files;
        if (arg.isDir()) {
            const QDir dir(arg.filePath());
            for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
                files << dir.filePath(name);
        } else if (arg.isFile()) {
            files << arg.filePath();
        } else {
            std::fprintf(stderr, "replay: no such file or folder: %s\n", argv[i]);
            return 2;
        }
        for (const QString &path : std::as_const(files)) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) {
                std::fprintf(stderr, "replay: cannot read %s\n", qPrintable(path));
                return 2;
            }
            const QByteArray input = file.readAll();
            LLVMFuzzerTestOneInput(
                reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
            ++fed;
        }
    }
    // An empty corpus would make this test pass without testing anything.
    if (fed == 0) {
        std::fprintf(stderr, "replay: no inputs\n");
        return 2;
    }
    std::printf("replay: %d input(s), no failure\n", fed);
    return 0;
}
