#pragma once

#include "import/importdraft.h"
#include "storage/ledgerstore.h"
#include "taskfield.h"

#include <QUndoCommand>

namespace Taizhang {

class LedgerDocument;

// An import, as one step: undo removes what it wrote (its new plans, and the sections and tasks it
// added, to existing plans too), redo stores the draft again.
// SQLite hands out ids as max+1, and every later command is undone first, so the tasks come back
// under the same ids and the commands above this one still find them.
class ImportPlansCommand : public QUndoCommand {
public:
    // The document has already stored the draft as `inserted`; the first redo() does nothing.
    ImportPlansCommand(
        LedgerDocument *document, ImportDraft draft, LedgerStore::InsertedRows inserted, const QString &text);

    void undo() override;
    void redo() override;
    int id() const override { return int(CommandId::ImportPlans); }

private:
    LedgerDocument *m_document;
    ImportDraft m_draft;
    LedgerStore::InsertedRows m_inserted;
    bool m_applied = true;
};

} // namespace Taizhang
