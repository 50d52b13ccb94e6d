#include "core/appcontext.h"
#include "core/language.h"
#include "flow/floweditorpage.h"
#include "main/mainwindow.h"
#include "orders/orderrepository.h"
#include "testdatabases.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

// Renders the main window with demo orders to PNG files for people to look at (the
// README's screenshot). Writes into MCPAY_SCREENSHOT_DIR when set (scripts/screenshot.sh
// runs it under Xvfb), else into a temporary folder; asserts the pictures are real.
class TestScreenshots : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mainWindow_data();
    void mainWindow();
};

void TestScreenshots::mainWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("suffix");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN") << QString();
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral(".en");
}

void TestScreenshots::mainWindow()
{
    QFETCH(QString, language);
    QFETCH(QString, suffix);
    QVERIFY(Language::install(language));
    QTemporaryDir tmp;
    const QString outDir = qEnvironmentVariableIsEmpty("MCPAY_SCREENSHOT_DIR") ? tmp.path()
                                                                             : qEnvironmentVariable("MCPAY_SCREENSHOT_DIR");
    QVERIFY(QDir().mkpath(outDir));
    AppContext context(tmp.filePath(QStringLiteral("settings.ini")), QStringLiteral("mcpay-admin-screenshot"));
    const QString url = DatabaseUrl::sqlite(tmp.filePath(QStringLiteral("demo.db"))).toString();
    auto report = context.openDatabase(url, {}, 0);
    QVERIFY2(report.ok(), qPrintable(report.errorMessage()));
    OrderRepository::SeedOptions seed;
    seed.count = 800;
    seed.endTime = 1769760000; // 2026-01-30, so the picture is the same every run
    QVERIFY(OrderRepository(context.database()).seedDemoOrders(seed).ok());
    context.notifyOrdersChanged();

    MainWindow window(&context);
    window.resize(1280, 760);
    // The dialogue-flow tab shows the demo flow with a message selected.
    const QString flow = QStringLiteral(MCPAY_SOURCE_DIR "/resources/flows/demo-consultation.json");
    QVERIFY(window.flowEditor()->openFile(flow));
    window.flowEditor()->selectMessage(2);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    for (int i = 0; i < window.tabs()->count(); ++i) {
        window.tabs()->setCurrentIndex(i);
        QApplication::processEvents();
        const QImage image = window.grab().toImage();
        QCOMPARE(image.size(), window.size() * window.devicePixelRatio());
        // A real rendering has many colours; a blank or failed grab has one or two.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7)
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        QVERIFY2(colours.size() > 8, "the window rendered blank");
        const QString name = (i == 0 ? QStringLiteral("main-window") : QStringLiteral("main-window-tab%1").arg(i + 1))
                             + suffix + QStringLiteral(".png");
        QVERIFY(image.save(QDir(outDir).filePath(name)));
    }
}

// Under Xvfb (DISPLAY set) the window is drawn by the real xcb platform; without a display
// it falls back to offscreen rendering so that a plain ctest run still checks it.
int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    else
        qputenv("QT_QPA_PLATFORM", "xcb");
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);
    TestScreenshots test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_screenshots.moc"
