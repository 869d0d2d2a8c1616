#pragma once

#include "bundledresources.h"
#include "document/sampleledger.h"
#include "itemmodels/tasktablemodel.h"
#include "mainwindow.h"
#include "testsupport.h"

#include <QApplication>
#include <QDir>

#include <gtest/gtest.h>

namespace Taizhang {

// With TAIZHANG_SCREENSHOTS set (make screenshots), saves the widget there as NAME.png to be
// looked at; otherwise does nothing.
inline void saveScreenshot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("TAIZHANG_SCREENSHOTS");
    if (dir.isEmpty())
        return;
    QDir().mkpath(dir);
    QApplication::processEvents();
    widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

// A main window, shown, on a scratch copy of the bundled sample ledger with every row loaded.
class SampleWindowTest : public testing::Test {
protected:
    void SetUp() override
    {
        QString error;
        samplePath
            = SampleLedger::ensure(dir.path(QStringLiteral("data")), BundledResources::sampleLedgerSource(), &error);
        ASSERT_FALSE(samplePath.isEmpty()) << error.toStdString();
        window.show();
        ASSERT_TRUE(window.openLedger(samplePath));
        window.taskModel()->loadAll();
    }

    TestData::ScratchDir dir;
    QString samplePath;
    MainWindow window;
};

} // namespace Taizhang
