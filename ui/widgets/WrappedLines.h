#pragma once

class QListView;

namespace lr::ui {

/// Makes a list of sentences (notifications, escalations) wrap each line to the list's width
/// instead of cutting it off behind a sideways scroll bar; the whole text is the tool tip too.
void wrapLines(QListView *list);

} // namespace lr::ui
