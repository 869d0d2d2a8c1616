#pragma once

#include "import/importdraft.h"
#include "taskfield.h"

#include <QUndoCommand>

namespace Taizhang {

class LedgerDocument;

// An import, as one step: undo removes its plans (and their tasks), redo stores the draft again.
// SQLite hands out ids as max+1, and every later command is undone first, so the tasks come back
// under the same ids and the commands above this one still find them.
class ImportPlansCommand : public QUndoCommand {
public:
    // The document has already stored the draft under `planIds`; the first redo() does nothing.
    ImportPlansCommand(LedgerDocument *document, ImportDraft draft, QList<qint64> planIds, const QString &text);

    void undo() override;
    void redo() override;
    int id() const override { return int(CommandId::ImportPlans); }

private:
    LedgerDocument *m_document;
    ImportDraft m_draft;
    QList<qint64> m_planIds;
    bool m_applied = true;
};

} // namespace Taizhang
