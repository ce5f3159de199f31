<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name></name>
    <message>
        <location filename="../../ui/common/errors.py" line="+50"/>
        <source>程序出错</source>
        <translation>Program error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>程序遇到了意外错误，刚才的操作可能没有完成。已保存的数据不受影响。</source>
        <translation>The program hit an unexpected error; the last action may not have finished. Saved data is not affected.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>请点击「显示详细信息」查看报告，或点击「复制报告」，发给技术支持人员。</source>
        <translation>Click &quot;Show Details…&quot; to see the report, or click &quot;Copy report&quot;, and send it to technical support.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>报告也已保存在日志文件中：{0}</source>
        <translation>The report was also saved in the log file: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>复制报告</source>
        <translation>Copy report</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/report_print.py" line="+73"/>
        <source>会议材料</source>
        <translation>Meeting pack</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>打印机没有响应，会议材料没有打印。</source>
        <translation>The printer did not respond; the meeting pack was not printed.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>请检查打印机是否开机、联网，或先导出 PDF 再打印。</source>
        <translation>Check that the printer is on and connected, or export a PDF first and print that.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>会议材料 · 打印预览</source>
        <translation>Meeting pack · Print preview</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>打印会议材料</source>
        <translation>Print meeting pack</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>会议材料没有保存：无法写入「{0}」（{1}）。</source>
        <translation>The meeting pack was not saved: cannot write &quot;{0}&quot; ({1}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请换一个文件夹或文件名再试；如果这个文件正在其他程序中打开，请先关闭它。</source>
        <translation>Try another folder or file name; if the file is open in another program, close it first.</translation>
    </message>
</context>
<context>
    <name>AuditTab</name>
    <message>
        <location filename="../../ui/safety/audit_tab.py" line="+58"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>解密</source>
        <translation>Decryption</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>导出完整数据</source>
        <translation>Export full data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>批次密钥</source>
        <translation>Wave key</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>批次文件</source>
        <translation>Wave file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>恢复备份</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>保留期限</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>到期销毁</source>
        <translation>Destruction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>参与码</source>
        <translation>Participation codes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>最少显示人数</source>
        <translation>Smallest group shown</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>纳入统计</source>
        <translation>Counting answers</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>导出、导入、解密、备份恢复、保留期限和销毁，每次都记在这里，供检查时查阅。记录中没有答卷内容。</source>
        <translation>Every export, import, decryption, restore, retention change and destruction is recorded here for inspections. The log holds no answers.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>按操作筛选</source>
        <translation>Filter by action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全部操作</source>
        <translation>All actions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>导出为 CSV…</source>
        <translation>Export as CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>把列表中的记录保存为 CSV 文件（Excel 和 WPS 可直接打开）</source>
        <translation>Save the listed entries as a CSV file (opens in Excel and WPS)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>操作记录</source>
        <translation>Activity log</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>还没有操作记录。导入、导出答卷等操作会记在这里。</source>
        <translation>Nothing recorded yet. Imports, exports and similar actions will be listed here.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>没有「{0}」的记录。</source>
        <translation>No &quot;{0}&quot; entries.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>（只显示最近 {0} 条）</source>
        <translation> (only the latest {0} are shown)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>共 {0} 条记录</source>
        <translation>{0} entries</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>操作记录.csv</source>
        <translation>activity log.csv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出操作记录</source>
        <translation>Export the activity log</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV 文件 (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>已导出</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>操作记录已保存到：
{0}</source>
        <translation>The activity log was saved to:
{0}</translation>
    </message>
</context>
<context>
    <name>BackupsTab</name>
    <message>
        <location filename="../../ui/safety/backups_tab.py" line="+60"/>
        <source>每天第一次打开程序时自动备份，保留最近 7 天；另保留最近 10 次手动备份。备份只存放在本机。全部备份合计超过上限（至少 4 GB，或数据文件大小的 3 倍）时，先删除最早的自动备份，手动备份最后删除；磁盘剩余空间不够时不备份，并说明原因。导入错了的答卷不必恢复备份：在「导入答卷」页的「导入记录」里选中那次导入，点「撤销这次导入」。</source>
        <translation>A backup is made automatically the first time the program opens each day, and the last 7 days are kept, together with the last 10 manual backups. Backups stay on this PC only. When all backups together exceed the limit (at least 4 GB, or 3 times the size of the data file), the oldest automatic backups are deleted first and manual ones last; when the disk lacks free space, no backup is made and the reason is shown. Answers imported by mistake need no restore: on the Import page, choose that import under Import history and click &quot;Undo this import&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>导入前</source>
        <translation>Before import</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>每日自动</source>
        <translation>Daily</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>手动</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>恢复前</source>
        <translation>Before restore</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>销毁前</source>
        <translation>Before destruction</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>备份列表</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>立即备份</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>把当前数据完整复制一份，存入备份文件夹</source>
        <translation>Copy all current data into the backup folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>恢复所选备份…</source>
        <translation>Restore selected backup…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>用选中的备份替换当前数据；替换前会先备份当前数据</source>
        <translation>Replace the current data with the selected backup; the current data is backed up first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打开备份文件夹</source>
        <translation>Open backup folder</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>这个数据库只在内存中，没有文件，无法备份。</source>
        <translation>This database exists only in memory and has no file, so it cannot be backed up.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>还没有备份。
点击「立即备份」备份一次；以后每天都会自动备份一次。</source>
        <translation>No backups yet.
Click &quot;Back up now&quot; to make one; from then on a backup is made once a day.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>共 {0} 个备份，合计 {1}；上限 {2}</source>
        <translation>{0} backups, {1} in total; limit {2}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>正在备份…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>已备份：{0}</source>
        <translation>Backed up: {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>无法读取答卷份数</source>
        <translation>number of answers unreadable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} 份答卷</source>
        <translation>{0} answers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>恢复备份</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用 {0} 的备份（{1}）替换当前的全部数据？</source>
        <translation>Replace all current data with the backup of {0} ({1})?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>恢复前，程序会先把当前数据另存为一个「恢复前」备份，需要时可以再恢复回来。备份之后导入或填写的内容将不在恢复后的数据中。</source>
        <translation>Before restoring, the current data is saved as a &quot;Before restore&quot; backup, so you can go back to it if needed. Anything imported or entered after the chosen backup will not be in the restored data.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>恢复</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>已恢复 {0} 的备份。恢复前的数据已备份为 {1}。</source>
        <translation>The backup of {0} was restored. The data before the restore was backed up as {1}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>无法打开备份文件夹（{0}）。</source>
        <translation>The backup folder cannot be opened ({0}).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>请检查磁盘和文件夹权限。</source>
        <translation>Please check the disk and the folder&apos;s permissions.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>无法自动打开文件夹。备份文件夹在：{0}（路径已复制，可粘贴到文件管理器的地址栏）</source>
        <translation>The folder could not be opened automatically. The backup folder is: {0} (the path is copied; paste it into a file manager&apos;s address bar)</translation>
    </message>
</context>
<context>
    <name>BurdenPage</name>
    <message>
        <location filename="../../ui/cadre/burden_page.py" line="+28"/>
        <source>本周每个工作日</source>
        <translation>Per workday this week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本月每个工作日</source>
        <translation>Per workday this month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本月留痕占比</source>
        <translation>Trace-leaving share this month</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>要用的工具</source>
        <translation>Tools to use</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>摊派下载任务</source>
        <translation>Download quotas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>还没有记录每日用时——请在「每日用时」页填写，这里会显示您的负担。</source>
        <translation>No daily minutes recorded yet — fill them in on the &quot;Daily minutes&quot; page and your burden will show here.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>未填</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} 个工具的留痕占比未填，未计入；请在「我的数字任务」中补填</source>
        <translation>{0} tools have no trace-leaving share and are left out; add it under &quot;My digital tasks&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打卡、截图、刷积分等只为留痕的时间</source>
        <translation>Time spent only on leaving traces: check-ins, screenshots, point farming</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} 个</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} 项</source>
        <translation>{0} tasks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指标 {0}，已完成 {1}，耗时 {2:.1f} 小时</source>
        <translation>Target {0}, achieved {1}, {2:.1f} hours spent</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>尚无工作日记录</source>
        <translation>No workdays recorded yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} 个工作日的平均；有工具未填留痕占比</source>
        <translation>Average of {0} workdays; some tools have no trace-leaving share</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0:.0f} 分钟</source>
        <translation>{0:.0f} min</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>其中留痕 {0:.0f} 分钟（{1} 个工作日的平均）</source>
        <translation>of which {0:.0f} min trace-leaving (average of {1} workdays)</translation>
    </message>
</context>
<context>
    <name>ChartBox</name>
    <message>
        <location filename="../../ui/common/chart_box.py" line="+169"/>
        <source>保存为图片…</source>
        <translation>Save as image…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>保存为 PNG 图片或 SVG 矢量图（可放大不失真），用于汇报材料</source>
        <translation>Save as a PNG image or an SVG vector graphic (scales without blur) for presentations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复制</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>复制图表，可直接粘贴到 WPS、Word 或微信</source>
        <translation>Copy the chart; paste it straight into WPS, Word or WeChat</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>保存图表</source>
        <translation>Save chart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PNG 图片 (*.png);;SVG 矢量图 (*.svg)</source>
        <translation>PNG image (*.png);;SVG vector graphic (*.svg)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>图表没有保存：无法写入「{0}」（{1}）。</source>
        <translation>The chart was not saved: cannot write &quot;{0}&quot; ({1}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请换一个文件夹或文件名再试。</source>
        <translation>Try another folder or file name.</translation>
    </message>
</context>
<context>
    <name>ChecklistDialog</name>
    <message>
        <location filename="../../ui/cadre/checklist_dialog.py" line="+39"/>
        <source>从常用清单添加</source>
        <translation>Add from the common list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>勾选要求您使用的每一项，点击「添加」。类型已按名称填好；频率、留痕占比等可以之后在每一项里补充。清单里没有的，用「添加」（Ctrl+N）逐个填写。</source>
        <translation>Tick every one you are required to use and click &quot;Add&quot;. The kind comes with the name; frequency, point-farming share and the rest can be filled in later in each item. For anything not in the list, use &quot;Add&quot; (Ctrl+N) one at a time.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>输入名称中的字，只显示相符的</source>
        <translation>Type part of a name to show only those that match</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>常见要求的操作</source>
        <translation>Usual required actions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>同时记下「常见要求的操作」（请确认与您的实际情况相符）</source>
        <translation>Also record the &quot;usual required actions&quot; (check that they match what you are asked)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>不勾选时只记下名称和类型，要求的操作留空（未填），以后在每一项里填写</source>
        <translation>Unticked, only the name and kind are recorded; the required actions stay empty (not answered) for you to fill in later</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>已在您的清单中</source>
        <translation>Already in your list</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>已勾选 {0} 项</source>
        <translation>{0} ticked</translation>
    </message>
</context>
<context>
    <name>ChoiceCombo</name>
    <message>
        <location filename="../../ui/common/widgets.py" line="+43"/>
        <source>（请选择）</source>
        <translation>(Please choose)</translation>
    </message>
</context>
<context>
    <name>DailyLogPage</name>
    <message>
        <location filename="../../ui/cadre/daily_log_page.py" line="+45"/>
        <source>上一周</source>
        <translation>Previous week</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>上一周（Alt+← 或 PageUp）</source>
        <translation>Previous week (Alt+← or PageUp)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下一周</source>
        <translation>Next week</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>下一周（Alt+→ 或 PageDown）</source>
        <translation>Next week (Alt+→ or PageDown)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本周</source>
        <translation>This week</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>回到本周（Home）</source>
        <translation>Back to this week (Home)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>撤销上一次修改（Ctrl+Z）</source>
        <translation>Undo the last change (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>复制前一天</source>
        <translation>Copy previous day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>把前一天各工具的分钟数复制到所选的那一天（覆盖那一天原有的记录）</source>
        <translation>Copy each tool&apos;s minutes of the previous day to the selected day (replacing what that day had)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同上周</source>
        <translation>Same as last week</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>把上一周每天的分钟数填进本周还空着的格子：已填的不覆盖，今天以后的日子不填；Ctrl+Z 可撤销</source>
        <translation>Fill this week&apos;s empty cells with last week&apos;s minutes, day for day: filled cells are not overwritten, days after today are left empty; Ctrl+Z undoes it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在格子里输入当天花的分钟数：Enter 保存并下移，Tab 右移，Delete 清空所选格子。留空表示没有记录，0 表示这一天确实没用。</source>
        <translation>Type the minutes spent that day in a cell: Enter saves and moves down, Tab moves right, Delete clears the selected cells. Empty means no record; 0 means really not used that day.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>还没有记录任何应用——请先在「我的数字任务」中添加</source>
        <translation>No apps recorded yet — add them first under &quot;My digital duties&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>去添加应用、公众号或工作群</source>
        <translation>Add apps, official accounts or work groups</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>{0}年{1}月{2}日 至 {3}月{4}日{5}</source>
        <translation>{1}/{2}/{0} to {3}/{4}{5}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（本周）</source>
        <translation> (this week)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>这一周还没有记录。</source>
        <translation>Nothing recorded for this week yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本周合计 {0} 分钟（{1:.1f} 小时）；已记录 {2} 个工作日，平均每个工作日 {3} 分钟；</source>
        <translation>This week {0} minutes ({1:.1f} hours); {2} workdays logged, {3} minutes per workday on average; </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>留痕占比都未填，留痕时间无法计算。</source>
        <translation>no trace-leaving share is given, so trace-leaving time cannot be worked out.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>其中留痕 {0} 分钟，占已填留痕占比工具时间的 {1}%。</source>
        <translation>of which {0} minutes leave traces, {1}% of the time on tools whose share is given.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>提示：{0}</source>
        <translation>Note: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>提示：{0}年的节假日和调休安排本程序尚未收录，这一周暂按周一至周五计算工作日；更新程序后会自动按正式安排重算。</source>
        <translation>Note: the official holiday schedule for {0} is not in this program yet, so this week&apos;s workdays are Monday to Friday for now; after an update they are recounted by the official schedule.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>已保存。</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>所选格子里没有可清空的记录（将来的日期和合计不能修改）。</source>
        <translation>The selected cells hold no record to clear (future dates and totals cannot be changed).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>请先点选要填入的那一天（周一到周日中的一列）。</source>
        <translation>First click the day to fill in (one of the columns Monday to Sunday).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>前一天没有记录，没有可复制的内容。</source>
        <translation>The previous day has no records; nothing to copy.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已把前一天 {0} 个工具的分钟数复制过来；Ctrl+Z 可撤销。</source>
        <translation>Copied the previous day&apos;s minutes of {0} tools; Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>上一周没有可以填进本周空格的记录。</source>
        <translation>Last week has nothing to fill into this week&apos;s empty cells.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已按上一周填好 {0} 个格子（已填的没有改动）；请核对，Ctrl+Z 可撤销。</source>
        <translation>Filled {0} cells from last week (filled cells unchanged); please check them, Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>已撤销上一次修改。</source>
        <translation>Undid the last change.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>没有可撤销的修改。</source>
        <translation>Nothing to undo.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../ui/supervisor/dashboard_page.py" line="+75"/>
        <location line="+1"/>
        <location line="+2"/>
        <location line="+93"/>
        <source>全部</source>
        <translation>All</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>只统计这一类工具的数量和用时；答卷人数不变</source>
        <translation>Count only this kind of tool and its time; the number of respondents stays the same</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+102"/>
        <source>正在计算……</source>
        <translation>Calculating…</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>调查批次</source>
        <translation>Survey wave</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>乡镇/街道</source>
        <translation>Township/subdistrict</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>单位类型</source>
        <translation>Unit type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>工具类型</source>
        <translation>Tool kind</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>（未填乡镇）</source>
        <translation>(Township not given)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>正在重新计算……（下面仍是上次的结果）</source>
        <translation>Recalculating… (below are still the previous results)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>看板未能更新：{0}</source>
        <translation>The dashboard could not be updated: {0}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>范围：{0}。少于 {1} 人的格子显示为「&lt;{1}」，不画进图表。</source>
        <translation>Scope: {0}. Cells of fewer than {1} people read &quot;&lt;{1}&quot; and are left out of the charts.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>还没有答卷。先在「导入答卷」页导入干部交来的调查文件，这里就会显示关键数字和图表。</source>
        <translation>No returns yet. Import the survey files cadres hand in on the &quot;Import returns&quot; page first; key figures and charts will show here.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有符合筛选条件的答卷。请放宽筛选条件（选「全部」）。</source>
        <translation>No returns match the filters. Widen the filters (choose &quot;All&quot;).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>图表已保存：{0}</source>
        <translation>Chart saved: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>图表已复制，可以粘贴到文档或聊天窗口。</source>
        <translation>Chart copied; paste it into a document or chat window.</translation>
    </message>
</context>
<context>
    <name>DataPlanDialog</name>
    <message>
        <location filename="../../ui/registry/registry_plan.py" line="+42"/>
        <source>「{0}」的数据处置方案</source>
        <translation>Data disposal plan of &quot;{0}&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>列出这个应用保存的每一类个人数据，以及对它的处置：迁移、封存或销毁。每一行都有完成日期和签批，方案才算完成。</source>
        <translation>List every kind of personal data this app keeps and what happens to it: migrated, sealed or destroyed. The plan is complete when every row has a completion date and a sign-off.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>数据类别</source>
        <translation>Data category</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>处置</source>
        <translation>Disposal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>计划日期</source>
        <translation>Planned date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>完成日期</source>
        <translation>Completion date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>签批单位/岗位</source>
        <translation>Signed off by (unit/post)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>添加一行</source>
        <translation>Add a row</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>删除选中行</source>
        <translation>Delete selected rows</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>「签批」请填写单位或岗位（如：县数据局、网信办主任），不要填写个人姓名。</source>
        <translation>For &quot;Signed off by&quot; enter a unit or post (e.g. county data bureau, head of the cyberspace office), not a person&apos;s name.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>如：身份信息、联系方式</source>
        <translation>e.g. identity data, contact details</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>未完成</source>
        <translation>Not finished</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>如：县数据局</source>
        <translation>e.g. county data bureau</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/common/core_strings.py" line="+381"/>
        <source>未填</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地区未填</source>
        <translation>Region not given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不包含任何备注文字（您没有填写备注）。</source>
        <translation>Contains no notes (you wrote none).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>；</source>
        <translation>; </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工具备注</source>
        <translation>Tool notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重复报送说明</source>
        <translation>Duplicate reporting notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工作群重叠说明</source>
        <translation>Work group overlap notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>排名依据</source>
        <translation>Ranking basis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>摊派备注</source>
        <translation>Quota notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>包含您填写的文字：{0}。请确认其中没有任何人的姓名或电话。</source>
        <translation>Contains text you wrote: {0}. Make sure it holds nobody&apos;s name or phone number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这份答卷还缺：{0}。可以照样导出，但缺的部分无法计入相应的统计；能补上的请先补上。</source>
        <translation>This answer still lacks: {0}. You can export it as it is, but what is missing cannot count in the figures it belongs to; please add what you can first.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>平时每个工作日用时估计：{0}</source>
        <translation>Usual minutes per workday (estimate): {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>这份答卷是空的：{0}。空答卷对统计没有用处，请先填写再导出。</source>
        <translation>This answer is empty: {0}. An empty answer is of no use to the figures; please fill it in before exporting.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这份答卷几乎是空的：{0}。汇总时它会先不计入统计，由汇总人决定是否纳入；请先补上再导出。</source>
        <translation>This answer is nearly empty: {0}. When it is compiled it will not count in the figures until the compiler decides to take it in; please complete it before exporting.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} 分钟</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>（区划代码 {0}）</source>
        <translation> (division code {0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>单位类型：{0}</source>
        <translation>Unit type: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>岗位：{0}</source>
        <translation>Post: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>任职年限：{0}</source>
        <translation>Tenure: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>编制：{0}</source>
        <translation>Staffing: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>配发工作手机：{0}</source>
        <translation>Work phone issued: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} {1} 条</source>
        <translation>{0}: {1} entries</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>基本情况：{0}</source>
        <translation>Profile: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} 个工具（其中工作群 {1} 个）</source>
        <translation>{0} tools ({1} of them work groups)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} 条每日用时</source>
        <translation>{0} daily minute entries</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} 项摊派下载</source>
        <translation>{0} download quota(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}/{1} 道规定对照</source>
        <translation>{0}/{1} rule-check questions</translation>
    </message>
    <message>
        <location filename="../../ui/cadre/export_dialog.py" line="+141"/>
        <source>导出调查文件</source>
        <translation>Export survey file</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>把您的答卷导出为一个调查文件，再按组织者的要求交上去。组织者发来了批次文件（{0}）时，点击「载入批次文件…」；否则请照组织者给的批次编号和名称填写。</source>
        <translation>Export your answers as one survey file, then hand it in as the organiser asked. If the organiser sent you a wave file ({0}), click &quot;Load wave file…&quot;; otherwise enter the wave code and name the organiser gave you.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>例如：XS2026A</source>
        <translation>e.g. XS2026A</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>例如：锡山区2026年第四季度</source>
        <translation>e.g. Xishan District 2026 Q4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>载入批次文件…</source>
        <translation>Load wave file…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>载入组织者发来的批次文件：自动填好批次编号和名称，答卷按组织者的密钥加密</source>
        <translation>Load the wave file the organiser sent: it fills in the wave code and name, and your answers are encrypted for the organiser&apos;s key</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>选填：组织者发的纸条上的参与码，例如 ACDEF-GHJKM</source>
        <translation>Optional: the participation code on the organiser&apos;s slip, e.g. ACDEF-GHJKM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>参与码证明答卷来自发放范围内的人；它不记录您是谁。没有纸条可以不填。</source>
        <translation>The participation code shows the answers come from someone who was handed a slip; it does not record who you are. Leave it empty if you have no slip.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>不包含姓名、电话、身份证号；您的答卷只带一个随机编号。</source>
        <translation>No name, phone or ID number; your answers carry only a random number.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>选择位置…</source>
        <translation>Choose location…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+114"/>
        <source>调查批次编号</source>
        <translation>Survey wave code</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>批次名称</source>
        <translation>Wave name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>参与码</source>
        <translation>Participation code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>将要导出的内容</source>
        <translation>What will be exported</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>保存为</source>
        <translation>Save as</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>批次编号只能包含字母、数字、- 和 _，请照组织者给的编号填写。</source>
        <translation>A wave code may contain only letters, digits, - and _; enter the code the organiser gave you.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>本批次的答卷将加密，只有组织者能打开（密钥编号 {0}）</source>
        <translation>Answers for this wave will be encrypted; only the organiser can open them (key ID {0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>这个批次没有密钥，答卷不加密</source>
        <translation>This wave has no key; answers are not encrypted</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>载入批次文件</source>
        <translation>Load wave file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>批次文件 (*{0})</source>
        <translation>Wave files (*{0})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>保存调查文件</source>
        <translation>Save survey file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调查文件 (*{0})</source>
        <translation>Survey file (*{0})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>只能由字母、数字、- 和 _ 组成（1–40 个字符）。</source>
        <translation>Letters, digits, - and _ only (1–40 characters).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请照组织者发给您的编号原样填写，例如 XS2026A。</source>
        <translation>Enter the code exactly as the organiser sent it, e.g. XS2026A.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>无法写入 {0}（{1}）。</source>
        <translation>Cannot write {0} ({1}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请点击「选择位置…」换一个文件夹，或检查U盘是否写保护。</source>
        <translation>Click &quot;Choose location…&quot; to pick another folder, or check whether the USB stick is write-protected.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>文件已加密，只有组织者能打开。</source>
        <translation>The file is encrypted; only the organiser can open it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已导出</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>调查文件已保存到：
{0}

请按组织者的要求把这个文件交上去。</source>
        <translation>The survey file was saved to:
{0}

Hand this file in as the organiser asked.</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <location filename="../../ui/cadre/export_page.py" line="+21"/>
        <source>填完前面几步后，在这里把答卷导出为一个调查文件，再按组织方的要求交上去（发给联络员、拷到 U 盘等）。文件不含姓名、电话或身份证号；导出后仍可修改，改完再导出一次即可，组织方只保留最新的一份。</source>
        <translation>When the steps before are done, export your answers here as one survey file and hand it in as the organiser asks (to a liaison, on a USB stick, etc.). The file holds no name, phone or ID number. You can still change your answers afterwards: export again, and the organiser keeps only the newest file.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>导出调查文件…</source>
        <translation>Export survey file…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>选择调查批次和保存位置，写出调查文件（Ctrl+E）</source>
        <translation>Choose the survey wave and where to save, then write the survey file (Ctrl+E)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>调查文件将包含：</source>
        <translation>The survey file will hold:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>已导出：{0}
请把这个文件交给组织方；之后又有改动，再导出一次即可。</source>
        <translation>Exported: {0}
Hand this file to the organiser; if you change anything later, just export again.</translation>
    </message>
</context>
<context>
    <name>ExportsBox</name>
    <message>
        <location filename="../../ui/supervisor/supervisor_exports.py" line="+59"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>导出汇总文件（上报上级）…</source>
        <translation>Export aggregate file (for the level above)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>把本批次的全部答卷写成一个调查文件交给上级；上级再导入原始文件时不会重复计数</source>
        <translation>Write all returns of this wave into one survey file for the level above; importing the original files there as well does not count them twice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出 Excel…</source>
        <translation>Export Excel…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>导出 CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>去标识化，与 Excel 相同；每张表一个 CSV 文件（UTF-8），Excel 和 WPS 都能正确显示中文</source>
        <translation>De-identified, as the Excel export; one CSV file per table (UTF-8); Excel and WPS both show Chinese correctly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>完整数据（仅限组织者）…</source>
        <translation>Full data (organiser only)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>包含全部基本情况和原样填写的名称，可以认出答卷人：需要批次口令，并记入操作记录</source>
        <translation>Holds every profile field and names as typed, so respondents can be recognised: needs the wave passphrase and is recorded in the audit log</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下载填报模板…</source>
        <translation>Download intake template…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>给没有安装本程序的干部：在 Excel 或 WPS 里填写，交回后用「导入填报模板…」导入</source>
        <translation>For cadres without this program: fill it in with Excel or WPS, then import the returned file with &quot;Import intake template…&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导入填报模板…</source>
        <translation>Import intake template…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>还没有调查批次：先导入调查文件（勾选「自动登记新批次」），再在这里导出。</source>
        <translation>No survey waves yet: import survey files first (tick &quot;Register new waves automatically&quot;), then export here.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>调查批次</source>
        <translation>Survey wave</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>导出汇总文件</source>
        <translation>Export aggregate file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>调查文件 (*{0})</source>
        <translation>Survey file (*{0})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>（已加密）</source>
        <translation> (sealed)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>汇总文件{2}已保存到：
{0}
共 {1} 份答卷，不含备注等文字。</source>
        <translation>The aggregate file{2} was saved to:
{0}
{1} responses, without notes or other free text.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>另有 {0} 份加密答卷（本库无法读取）已原样写入文件夹：
{1}</source>
        <translation>{0} more sealed responses (this database cannot read them) were written unchanged to the folder:
{1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请把它们一起交给上级；上级导入时，同一份答卷不会重复计算。</source>
        <translation>Hand them to the level above together; when it imports them, no response is counted twice.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已导出汇总文件</source>
        <translation>Aggregate file exported</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>导出 Excel</source>
        <translation>Export Excel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0}-调查数据.xlsx</source>
        <translation>{0}-survey-data.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+28"/>
        <location line="+19"/>
        <location line="+18"/>
        <source>Excel 表格 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>已导出 Excel</source>
        <translation>Excel exported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>去标识化的 Excel 文件已保存到：
{0}
处理方法和未导出的答卷数见「说明」工作表。</source>
        <translation>The de-identified Excel file was saved to:
{0}
The &quot;说明&quot; (notes) sheet says how it was de-identified and how many responses were left out.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>已写出 {0} 个去标识化的 CSV 文件（UTF-8，Excel 和 WPS 可直接打开）到：
{1}</source>
        <translation>Wrote {0} de-identified CSV files (UTF-8, open directly in Excel and WPS) to:
{1}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>导出完整数据</source>
        <translation>Export full data</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0}-完整数据-仅限组织者.xlsx</source>
        <translation>{0}-full-data-organiser-only.xlsx</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>选择保存完整数据 CSV 文件的文件夹</source>
        <translation>Choose the folder for the full-data CSV files</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>已导出完整数据</source>
        <translation>Full data exported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>完整数据（仅限组织者）已保存到：
{0}
其中的答卷人可以被认出：请勿转发，用完请删除。</source>
        <translation>The full data (organiser only) was saved to:
{0}
Respondents can be recognised in it: do not pass it on, and delete it when done.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>选择保存 CSV 文件的文件夹</source>
        <translation>Choose the folder for the CSV files</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>去标识化：基本情况合并到每组至少 k 人（默认 5 人，批次可提高），编号每次重新生成，不含自由填写的文字；少于 k 人的组不显示</source>
        <translation>De-identified: profile fields merged until each group has at least k people (5 by default; a wave may raise it), ids drawn fresh each time, no free text; groups of fewer than k are not shown</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>已导出 CSV</source>
        <translation>CSV exported</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{0}-填报表格.xlsx</source>
        <translation>{0}-intake-form.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存填报模板</source>
        <translation>Save intake template</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>已保存填报模板</source>
        <translation>Intake template saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>填报模板已保存到：
{0}
发给没有安装本程序的干部填写，交回后点击「导入填报模板…」。</source>
        <translation>The intake template was saved to:
{0}
Send it to cadres without this program; when it comes back, click &quot;Import intake template…&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>导入填报模板</source>
        <translation>Import intake template</translation>
    </message>
</context>
<context>
    <name>FirstStartDialog</name>
    <message>
        <location filename="../../ui/shell/first_start.py" line="+57"/>
        <source>开始使用 — 指尖减负调查</source>
        <translation>Getting started — Burden Survey</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>告知书 ✓</source>
        <translation>Notice ✓</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>① 基本情况</source>
        <translation>① Profile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>② 第一项任务</source>
        <translation>② First duty</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>③ 记录用时</source>
        <translation>③ Recording minutes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>欢迎！先用一分钟说明您在哪里工作：选到县/区和岗位就够了，其余可以以后在「基本情况」页面补充。这里不问姓名，改动立即保存在本机。</source>
        <translation>Welcome! First take a minute to say where you work: the county/district and your post are enough; the rest can be added later on the &quot;Profile&quot; page. No name is asked; changes are saved on this computer at once.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>想一想：哪一个政务应用、公众号或工作群最让您费时间？先记下这一个。要做哪些事、多少时间只为留痕，请在这里选；排名等更多细节以后在「我的数字任务」页面补充。也可以不填，直接点「下一步」。</source>
        <translation>Think of the government app, official account or work group that takes most of your time, and note that one first. Choose here what it asks you to do and how much of the time only leaves traces; rankings and other details can be added later on the &quot;My digital tasks&quot; page. You may also leave it empty and click &quot;Next&quot;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>跳过向导</source>
        <translation>Skip the guide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>不再显示本向导；随时可以从「帮助 → 入门向导」再次打开。</source>
        <translation>Don&apos;t show this guide again; you can open it any time from &quot;Help → Getting started&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上一步</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>如：学习强国、某某镇工作群</source>
        <translation>e.g. Xuexi Qiangguo, XX town work group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>应用、公众号或工作群的名称；输入两个字即可从常见名称中选择。</source>
        <translation>Name of the app, official account or work group; type two characters to choose from common names.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>是谁、以什么方式要求您使用它：自愿、口头要求、发文要求，还是与考核挂钩。</source>
        <translation>Who requires you to use it, and how: voluntary, verbal request, written instruction, or tied to assessment.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>被要求多久使用一次（打卡、上报、学习等）。</source>
        <translation>How often you are required to use it (check-ins, reports, study…).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>在这个工具上被要求做的事，可多选。</source>
        <translation>What you are required to do on this tool; choose any that apply.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>（未填）</source>
        <translation>(not given)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>这个工具上的时间有多少只是为了留痕（打卡、截图、刷积分…）；不选就是「未填」，不计入留痕统计。</source>
        <translation>How much of the time on this tool only leaves traces (check-ins, screenshots, points…); left unchosen it is &quot;not given&quot; and stays out of the trace-leaving figures.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+44"/>
        <location line="+9"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>要求方式</source>
        <translation>How it is required</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>要求频率</source>
        <translation>Required frequency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>要求的操作</source>
        <translation>Required actions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>留痕占比</source>
        <translation>Trace-leaving share</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>开始记录用时</source>
        <translation>Start recording minutes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>下一步</source>
        <translation>Next</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>还没有选择。</source>
        <translation>has not been chosen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请选择「{0}」是政务APP、小程序、公众号、工作群还是其他类型。</source>
        <translation>Choose whether &quot;{0}&quot; is a government app, a mini-program, an official account, a work group or another kind.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>某个应用</source>
        <translation>an app</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;p&gt;以后每天下班前（或每周一次），打开左侧的&lt;b&gt;「每日用时」&lt;/b&gt;页面（快捷键 &lt;b&gt;Ctrl+3&lt;/b&gt;）。&lt;/p&gt;&lt;p&gt;表格中一行是一项任务，一列是一天。例如「{0}」今天用了 20 分钟，就在它那一行、今天那一列输入 &lt;b&gt;20&lt;/b&gt; 并按回车。方向键移动，「复制前一天」可以省去重复填写。&lt;/p&gt;&lt;p&gt;调查结束时，点击菜单&lt;b&gt;「文件 → 导出调查文件」&lt;/b&gt;（Ctrl+E），把文件交给组织方。&lt;/p&gt;&lt;p&gt;任何时候按 &lt;b&gt;F1&lt;/b&gt; 可以查看当前页面的帮助。&lt;/p&gt;</source>
        <translation>&lt;p&gt;From now on, before leaving work each day (or once a week), open the &lt;b&gt;&quot;Daily minutes&quot;&lt;/b&gt; page on the left (shortcut &lt;b&gt;Ctrl+3&lt;/b&gt;).&lt;/p&gt;&lt;p&gt;Each row of the table is a duty, each column a day. If &quot;{0}&quot; took 20 minutes today, type &lt;b&gt;20&lt;/b&gt; in its row under today and press Enter. Arrow keys move; &quot;Copy previous day&quot; saves retyping.&lt;/p&gt;&lt;p&gt;When the survey ends, click the menu &lt;b&gt;&quot;File → Export survey file&quot;&lt;/b&gt; (Ctrl+E) and hand the file to the organiser.&lt;/p&gt;&lt;p&gt;Press &lt;b&gt;F1&lt;/b&gt; at any time for help on the current page.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>FullExportDialog</name>
    <message>
        <location filename="../../ui/supervisor/full_export_dialog.py" line="+34"/>
        <source>完整数据（仅限组织者）</source>
        <translation>Full data (organiser only)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>完整数据包含每名答卷人的全部基本情况（乡镇、区划代码、单位类型、岗位、任职年限、编制性质、工作手机）、数据库中的答卷编号和原样填写的工具名称：多数答卷人可以据此被认出。只供组织者本人分析使用，请勿转发、打印分发或放在共享文件夹中；用完请删除。导出会记入操作记录。</source>
        <translation>The full data holds every respondent&apos;s whole profile (township, division code, unit type, post, tenure, staffing, work phone), the database&apos;s response ids and tool names exactly as typed: most respondents can be recognised from it. It is for the organiser&apos;s own analysis only: do not forward it, print it for distribution or put it in a shared folder, and delete it when done. The export is recorded in the audit log.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Excel 表格</source>
        <translation>Excel workbook</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV 文件</source>
        <translation>CSV files</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>核对口令并导出…</source>
        <translation>Check passphrase and export…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>调查批次</source>
        <translation>Survey wave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>密钥编号</source>
        <translation>Key ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>格式</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>批次口令</source>
        <translation>Wave passphrase</translation>
    </message>
</context>
<context>
    <name>GovernancePage</name>
    <message>
        <location filename="../../ui/supervisor/governance_page.py" line="+124"/>
        <source>负担数字按所选批次的答卷计算；清理进度来自登记表，与批次无关</source>
        <translation>Burden figures are computed from the returns of the selected wave; clean-up progress comes from the registry and does not depend on the wave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>正在计算……</source>
        <translation>Calculating…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>登记应用数</source>
        <translation>Registered apps</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已定处置</source>
        <translation>Disposal decided</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已完成</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>逾期</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>缺处置方案</source>
        <translation>Missing disposal plan</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>调查批次</source>
        <translation>Survey wave</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>关停并转建议清单</source>
        <translation>Shut down / merge suggestions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>各应用的负担</source>
        <translation>Burden per app</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>未能更新：{0}</source>
        <translation>Could not update: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>登记表还是空的。先在「应用登记」页登记本县的政务应用，这里就会显示清理进度、关停并转建议和各应用的负担。</source>
        <translation>The registry is still empty. Register the county&apos;s government apps on the &quot;App registry&quot; page first; clean-up progress, shut-down suggestions and the burden of each app will show here.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>没有需要关停或整合的建议：在用和整改中的应用都不同时具备「负担重」「使用少」「功能重叠」中的两项。</source>
        <translation>Nothing to shut down or merge: no app in use or under rectification has two of &quot;heavy burden&quot;, &quot;little use&quot; and &quot;overlapping functions&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>建议清单列出同时具备「负担重」「使用少」「功能重叠」中两项以上的在用或整改中应用，依据里写明了数字。填报不足 {0} 人的应用，其负担数字显示为「&lt;{0}」，也不作为建议依据。</source>
        <translation>The list shows apps in use or being rectified that meet at least two of &quot;heavy burden&quot;, &quot;little use&quot; and &quot;overlapping functions&quot;, with the figures behind each. Apps reported by fewer than {0} people show &quot;&lt;{0}&quot; for their burden figures, and those figures are not used for the list.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>处置方式不是「保留」的应用</source>
        <translation>Apps whose disposal is not &quot;keep&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已迁移、已关停或已注销备案</source>
        <translation>Migrated, shut down or deregistered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有超过计划日期未完成的应用</source>
        <translation>No app is past its planned date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已关停或迁移的应用都有完成的数据处置方案</source>
        <translation>Every app shut down or migrated has a completed data disposal plan</translation>
    </message>
</context>
<context>
    <name>HelpDialog</name>
    <message>
        <location filename="../../ui/shell/help_dialog.py" line="+79"/>
        <source>使用帮助 — 指尖减负调查</source>
        <translation>Help — Burden Survey</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>使用帮助正文</source>
        <translation>Help text</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <location filename="../../ui/common/core_strings.py" line="+23"/>
        <source>已撤销</source>
        <translation>Undone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已取消</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>完成</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未完成</source>
        <translation>Not finished</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>共 {0} 个文件：{1}</source>
        <translation>{0} files: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已取消：处理了 {0} 个文件（共 {1} 个）：{2}。其余 {3} 个文件未导入。</source>
        <translation>Cancelled: {0} of {1} files processed: {2}. The other {3} files were not imported.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>需要重新发送的文件（{0} 个）：</source>
        <translation>Files to be sent again ({0}):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>；其中 {0} 份答卷是空的或几乎是空的，未计入统计</source>
        <translation>; {0} of the answers are empty or nearly empty and not counted</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/import_page.py" line="+77"/>
        <source>把干部交来的调查文件（{0}）、装着调查文件的文件夹或 .zip 压缩包拖到这里，或用下面的按钮选择。每个文件单独检查、单独导入：有问题的文件被拒绝，不影响其他文件。</source>
        <translation>Drag the survey files cadres hand in ({0}), folders of survey files or .zip archives here, or choose them with the buttons below. Each file is checked and imported on its own: a faulty file is refused without affecting the others.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>添加文件…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>添加文件夹…</source>
        <translation>Add folder…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>添加压缩包…</source>
        <translation>Add archive…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>自动登记新批次</source>
        <translation>Register new waves automatically</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>文件属于库中还没有的调查批次时，自动登记这个批次；不勾选则拒绝这些文件</source>
        <translation>When a file belongs to a survey wave not yet in the database, register that wave; unticked, such files are refused</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>当前文件完成后停止；已导入的文件保留</source>
        <translation>Stop after the current file; files already imported are kept</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>复制需重发的文件清单</source>
        <translation>Copy the list of files to resend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>把被拒绝的文件和原因复制下来，发给交文件的人，请他们重新发送</source>
        <translation>Copy the refused files and the reasons, to send to the people who sent them and ask them to send again</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>查看未计入统计的答卷…</source>
        <translation>Show the answers not counted…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>还没有导入文件。把调查文件、文件夹或压缩包拖到这里，或点击「添加文件…」。</source>
        <translation>No files imported yet. Drag survey files, folders or archives here, or click &quot;Add files…&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>还没有导入记录。</source>
        <translation>No imports recorded yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>撤销这次导入…</source>
        <translation>Undo this import…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>本次结果</source>
        <translation>This import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导入记录</source>
        <translation>Import history</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>有 {0} 份答卷是空的或几乎是空的（没有任何工具和用时），已保存但未计入统计。</source>
        <translation>{0} answers are empty or nearly empty (no tools and no minutes): they are kept but not counted.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>选中一次导入，可以撤销它：它新增的答卷移除，它替换掉的旧版本恢复，其他导入不受影响。</source>
        <translation>Choose an import to undo it: the answers it added are removed and the versions it replaced come back; other imports are not affected.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>撤销第 {0} 次导入：它新增的答卷移除，它替换掉的旧版本恢复。</source>
        <translation>Undo import {0}: the answers it added are removed and the versions it replaced come back.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+5"/>
        <source>撤销这次导入</source>
        <translation>Undo this import</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>撤销第 {0} 次导入（{1}，{2} 个文件，写入 {3} 份答卷）？</source>
        <translation>Undo import {0} ({1}, {2} files, {3} answers written)?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>它新增的答卷从数据库中移除，它替换掉的旧版本恢复原样；导入记录保留，并注明已撤销。之后可以把同一批文件重新导入。</source>
        <translation>The answers it added are removed from the database and the versions it replaced are restored as they were; the import history keeps the import, marked as undone. The same files can be imported again later.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>添加调查文件</source>
        <translation>Add survey files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调查文件 (*{0});;所有文件 (*)</source>
        <translation>Survey files (*{0});;All files (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>添加文件夹（含子文件夹中的调查文件）</source>
        <translation>Add folder (with survey files in subfolders)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>添加压缩包</source>
        <translation>Add archive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>压缩包 (*.zip)</source>
        <translation>Archive (*.zip)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>另有 {0} 个文件等待导入，当前这一批完成后自动开始。</source>
        <translation>{0} more files are waiting; they are imported as soon as this batch is done.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>正在处理上一批文件，请等它完成或点击「取消」。</source>
        <translation>The previous batch is still being processed; wait for it or click &quot;Cancel&quot;.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>正在检查 {0} 项……</source>
        <translation>Checking {0} items…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>正在准备……</source>
        <translation>Preparing…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>已处理 {0}/{1}：{2}</source>
        <translation>Processed {0}/{1}: {2}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>正在取消：当前文件完成后停止，已导入的文件保留……</source>
        <translation>Cancelling: stopping after the current file; files already imported are kept…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>有文件被拒绝：原因见「说明」一栏。被拒绝的文件没有改动数据库。</source>
        <translation>Some files were refused: see the &quot;Notes&quot; column. Refused files did not change the database.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>导入已停止：{0}</source>
        <translation>Import stopped: {0}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>已复制 {0} 个需重发的文件和原因，可以粘贴到消息里发给交文件的人。</source>
        <translation>Copied {0} files to resend with their reasons; paste them into a message to the senders.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>导入未完成：{0}</source>
        <translation>Import not finished: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未完成：{0}</source>
        <translation>Not finished: {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/shell/main_window.py" line="+51"/>
        <source>指尖减负调查</source>
        <translation>Burden Survey</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>页面</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+109"/>
        <location line="+165"/>
        <source>汇总（上级）</source>
        <translation>Summary (supervisors)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/pages.py" line="+23"/>
        <source>基本情况</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>我的数字任务</source>
        <translation>My digital duties</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>每日用时</source>
        <translation>Daily minutes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>摊派下载</source>
        <translation>Download quotas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>规定对照</source>
        <translation>Rule check</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>我的负担</source>
        <translation>My burden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出调查文件</source>
        <translation>Export survey file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>调查批次</source>
        <translation>Survey waves</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>导入答卷</source>
        <translation>Import returns</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>回收情况</source>
        <translation>Returns</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>负担看板</source>
        <translation>Burden dashboard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出与上报</source>
        <translation>Export and report</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>应用登记</source>
        <translation>App registry</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>名称匹配</source>
        <translation>Name matching</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>清理进度</source>
        <translation>Clean-up progress</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>数据安全</source>
        <translation>Data safety</translation>
    </message>
    <message>
        <location filename="../../ui/shell/main_window.py" line="-72"/>
        <source>文件(&amp;F)</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>导出调查文件(&amp;E)…</source>
        <translation>&amp;Export survey file…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>导入答卷(&amp;I)…</source>
        <translation>&amp;Import returns…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>打印预览(&amp;V)…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打印(&amp;P)…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>导出会议材料 PDF(&amp;D)…</source>
        <translation>Export meeting pack PD&amp;F…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>会议材料：封面、关键数字、图表及其说明、数据表和计算方法，按「负担看板」的筛选条件</source>
        <translation>Meeting pack: cover, key figures, charts with their findings, data tables and method, using the filters of the &quot;Burden dashboard&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>设置(&amp;S)…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>退出(&amp;X)</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location line="+164"/>
        <source>这里是填报用的数据文件</source>
        <translation>This data file is for filling in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这个数据文件用于填报您自己的负担，不导入别人的答卷。
负责汇总的单位请在「文件 → 设置」里把「用途」改为「汇总单位」或「两者都用」，或者用另一个数据文件汇总。</source>
        <translation>This data file records your own burden; it does not import other people&apos;s answers.
A unit that gathers answers should set &quot;Use&quot; to &quot;Gathering unit&quot; or &quot;Both&quot; under File → Settings, or gather in another data file.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>已载入调查批次「{0}」（{1}）。导出调查文件时请选择这个批次。</source>
        <translation>Survey wave &quot;{0}&quot; ({1}) is loaded. Choose this wave when you export your survey file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>这个批次的答卷将加密，只有组织者能打开（密钥编号 {0}）。</source>
        <translation>Answers to this wave will be encrypted; only the organiser can open them (key id {0}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>已载入调查批次</source>
        <translation>Survey wave loaded</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>页面(&amp;P)</source>
        <translation>&amp;Pages</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>使用帮助(&amp;H)</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>入门向导(&amp;G)…</source>
        <translation>&amp;Getting started…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>关于(&amp;A)</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>关于指尖减负调查</source>
        <translation>About Burden Survey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指尖减负调查 {0}
匿名记录政务应用、公众号和工作群给基层带来的负担。
数据只保存在本机：{1}</source>
        <translation>Burden Survey {0}
Records anonymously the burden that government apps, official accounts and work groups put on grassroots cadres.
Data stays on this computer only: {1}</translation>
    </message>
    <message>
        <location line="-285"/>
        <source>数据文件：{0}</source>
        <translation>Data file: {0}</translation>
    </message>
</context>
<context>
    <name>MatchingPage</name>
    <message>
        <location filename="../../ui/registry/matching_page.py" line="+87"/>
        <source>干部填写的工具名称五花八门。逐条确认下面的建议：确认后，这个名称（以及今后导入的同名写法）都计入对应的登记应用；拒绝后不再提示。</source>
        <translation>Cadres write tool names in many ways. Confirm the suggestions below one by one: once confirmed, this name (and the same spelling in later imports) counts for the registered app; once rejected, it is not suggested again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>正在比对名称……</source>
        <translation>Comparing names…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>确认匹配</source>
        <translation>Confirm match</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>这个名称就是建议的登记应用（回车）</source>
        <translation>This name is the suggested registered app (Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>拒绝</source>
        <translation>Reject</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>不是这个应用，以后不再建议（Delete）</source>
        <translation>Not this app; do not suggest it again (Delete)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>不在登记册中</source>
        <translation>Not in the registry</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>这是登记册里没有的工具，列入「未登记的工具」（Ctrl+U）</source>
        <translation>A tool the registry does not have; list it under &quot;Unregistered tools&quot; (Ctrl+U)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>匹配建议</source>
        <translation>Match suggestions</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>未登记的工具</source>
        <translation>Unregistered tools</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>与任何登记应用都对不上的名称——关停应用换了「马甲」的小程序、工作群等会出现在这里。少于 {0} 人填报的不显示人数和用时。</source>
        <translation>Names that match no registered app — mini-programs and work groups that replace shut-down apps under a new guise show up here. People and minutes are not shown for fewer than {0} reporters.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>没有待确认的匹配建议。导入答卷或在「应用登记」页登记应用后，这里会列出可能是同一个应用的名称。</source>
        <translation>No match suggestions to confirm. After importing returns or registering apps on the &quot;App registry&quot; page, names that may be the same app are listed here.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所有填报的工具都已对应到登记应用。</source>
        <translation>Every reported tool is matched to a registered app.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>已确认：「{0}」就是「{1}」</source>
        <translation>Confirmed: &quot;{0}&quot; is &quot;{1}&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>已拒绝：「{0}」不是「{1}」，不再提示</source>
        <translation>Rejected: &quot;{0}&quot; is not &quot;{1}&quot;; not suggested again</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>「{0}」已列入未登记的工具（不是「{1}」）</source>
        <translation>&quot;{0}&quot; listed as an unregistered tool (not &quot;{1}&quot;)</translation>
    </message>
</context>
<context>
    <name>MeetingPack</name>
    <message>
        <location filename="../../ui/supervisor/report_print.py" line="-37"/>
        <source>正在准备打印预览……</source>
        <translation>Preparing the print preview…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>正在准备打印……</source>
        <translation>Preparing to print…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>会议材料_{0}_{1}.pdf</source>
        <translation>meeting-pack_{0}_{1}.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全部批次</source>
        <translation>All waves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出会议材料 PDF</source>
        <translation>Export meeting pack PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>已导出</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>会议材料已保存到：
{0}</source>
        <translation>The meeting pack was saved to:
{0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>正在生成会议材料 PDF……</source>
        <translation>Writing the meeting pack PDF…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>会议材料</source>
        <translation>Meeting pack</translation>
    </message>
</context>
<context>
    <name>NoticeDialog</name>
    <message>
        <location filename="../../ui/shell/notice_dialog.py" line="+47"/>
        <source>告知书 — 指尖减负调查</source>
        <translation>Notice — Burden Survey</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>版本 {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>我已阅读并理解以上内容</source>
        <translation>I have read and understood the above</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>同意并开始</source>
        <translation>Agree and start</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>退出</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>不同意则不记录任何内容，程序随即关闭。</source>
        <translation>If you do not agree, nothing is recorded and the program closes.</translation>
    </message>
</context>
<context>
    <name>OptionalAmount</name>
    <message>
        <location filename="../../ui/common/optional_inputs.py" line="+63"/>
        <source>未填</source>
        <translation>Not given</translation>
    </message>
</context>
<context>
    <name>OptionalCount</name>
    <message>
        <location line="-19"/>
        <source>未填</source>
        <translation>Not given</translation>
    </message>
</context>
<context>
    <name>OptionalDate</name>
    <message>
        <location line="-24"/>
        <source>未定</source>
        <translation>Undecided</translation>
    </message>
</context>
<context>
    <name>ParticipationDialog</name>
    <message>
        <location filename="../../ui/supervisor/participation_dialog.py" line="+19"/>
        <source>参与码纸条</source>
        <translation>Participation code slips</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>为批次「{0}」生成一次性参与码：每张纸条一个码，填报人导出答卷时填写。导入时每个码只收一次，没有码或码不对的答卷不会导入，这样就无法编造答卷。
纸条剪开后随机发放：程序只记录每个码属于哪个单位，不记录谁拿到哪张。</source>
        <translation>Make one-time participation codes for wave &quot;{0}&quot;: one code per slip, typed by the respondent when exporting. Each code is accepted once at import; answers without a code or with a wrong one are not imported, so answers cannot be invented.
Cut the slips and hand them out at random: the program records only which unit a code belongs to, never who got which slip.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>每行一个单位，例如
东港镇
锡北镇</source>
        <translation>One unit per line, e.g.
Donggang
Xibei</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> 张</source>
        <translation> slips</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>生成并保存 PDF…</source>
        <translation>Make and save PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每个单位</source>
        <translation>Per unit</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/common/passphrase_dialog.py" line="+66"/>
        <source>输入批次口令</source>
        <translation>Enter the wave passphrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>要导入的文件中有批次「{0}」（{1}）的加密答卷。请输入建立这一批次时设置的口令。</source>
        <translation>The files to import include encrypted returns of wave &quot;{0}&quot; ({1}). Enter the passphrase set when the wave was created.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>点击「跳过」：这一批次的加密答卷这次不导入，其他文件照常导入。</source>
        <translation>Click &quot;Skip&quot; to leave this wave&apos;s encrypted returns out of this import; the other files are imported as usual.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>解锁</source>
        <translation>Unlock</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>跳过</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>密钥编号</source>
        <translation>Key ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>口令</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>口令不正确，请再试一次（注意大小写和输入法的全角、半角）。</source>
        <translation>Wrong passphrase. Please try again (mind upper and lower case, and full-width or half-width input).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请先输入口令。</source>
        <translation>Please enter the passphrase first.</translation>
    </message>
</context>
<context>
    <name>ProblemList</name>
    <message>
        <location filename="../../ui/common/file_widgets.py" line="+121"/>
        <source>需要修改的地方</source>
        <translation>What needs changing</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>「{0}」有 {1} 处需要修改，改好后保存，再重新导入：</source>
        <translation>&quot;{0}&quot; has {1} places to fix; fix them, save, and import again:</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <location filename="../../ui/cadre/profile_page.py" line="+47"/>
        <source>请选择您工作的地区和岗位情况。每一项都可以不填，改动会立即保存在本机。</source>
        <translation>Choose the region you work in and your post. Every item is optional; changes are saved on this computer at once.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>按国家标准 GB/T 2260（{year} 年区划代码）选择省份。</source>
        <translation>Choose the province by the national standard GB/T 2260 ({year} division codes).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>地级市。直辖市的区县列在「市辖区」下；省直接管辖的县级市（如济源、仙桃、五指山）列在「省直辖县级行政区划」下。这两项只是区划代码中的归类，不是真正的地级市。</source>
        <translation>Prefecture-level city. Districts of municipalities are listed under &quot;市辖区&quot;; county-level cities governed directly by a province (e.g. Jiyuan, Xiantao, Wuzhishan) under &quot;省直辖县级行政区划&quot;. Both are only groupings in the division codes, not real prefecture-level cities.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>县/区/县级市。东莞、中山、儋州、嘉峪关不设区县，直接选城市本身即可。</source>
        <translation>County / district / county-level city. Dongguan, Zhongshan, Danzhou and Jiayuguan have no districts: choose the city itself.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>例如：东港镇（只填地名，不填人名）</source>
        <translation>e.g. Donggang town (place names only, no personal names)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>乡镇或街道的名称，可以加上村/社区名称。请不要填写任何人的姓名。</source>
        <translation>Name of the township or subdistrict, optionally with the village/community. Do not enter anyone&apos;s name.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>选填，12 位数字</source>
        <translation>Optional, 12 digits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>选填。12 位统计用区划代码：前 6 位是县级代码（GB/T 2260），中间 3 位是乡镇/街道，最后 3 位是村/社区，例如 320205 001 001。不知道可以留空。</source>
        <translation>Optional. 12-digit statistical division code: the first 6 digits are the county code (GB/T 2260), the next 3 the township/subdistrict, the last 3 the village/community, e.g. 320205 001 001. Leave it empty if you don&apos;t know it.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>在基层（乡镇/街道、村/社区）工作的总年限。</source>
        <translation>Total years worked at the grassroots (township/subdistrict, village/community).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>单位是否给您配发了专门用于工作的手机。</source>
        <translation>Whether your unit issued you a phone just for work.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>未填</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> 分钟</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>不看记录，凭印象估计：平时一个工作日，您在这些应用、公众号和工作群上大约一共花多少分钟？</source>
        <translation>Without looking at your records, from memory: on a usual workday, about how many minutes in all do you spend on these apps, accounts and work groups?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请在开始记每日用时之前，凭印象估计一次，不必和日后的记录一致。汇总时会把大家的记录和估计放在一起比较，看凭印象的估计偏多还是偏少。</source>
        <translation>Give this estimate once, from memory, before you start logging daily minutes; it need not match what you log later. The summary compares everyone&apos;s logs with their estimates to see whether memory says more or less.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>所在地区</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>省份</source>
        <translation>Province</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地级市</source>
        <translation>Prefecture-level city</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>县/区</source>
        <translation>County/district</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>乡镇/街道</source>
        <translation>Township/subdistrict</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>区划代码（选填）</source>
        <translation>Division code (optional)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>工作情况</source>
        <translation>Work</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>单位类型</source>
        <translation>Unit type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>任职年限</source>
        <translation>Tenure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>编制类型</source>
        <translation>Staffing type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>是否配发工作手机</source>
        <translation>Work phone issued</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用时估计</source>
        <translation>Estimate of time</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>平时每个工作日大约</source>
        <translation>On a usual workday, about</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>（请选择省份）</source>
        <translation>(Choose a province)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>本调查不收集姓名、电话、身份证号。您的匿名编号：{rid}</source>
        <translation>This survey collects no names, phone or ID numbers. Your anonymous number: {rid}</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>（请选择）</source>
        <translation>(Please choose)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>代码 {code}（旧区划）</source>
        <translation>Code {code} (old division)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>所选县区代码 {code}，12 位代码的前 6 位应与之相同。</source>
        <translation>The selected county&apos;s code is {code}; the first 6 of the 12 digits must be the same.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>先选县区，再填代码。</source>
        <translation>Choose the county first, then enter the code.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>✓ 已保存 {time}</source>
        <translation>✓ Saved {time}</translation>
    </message>
</context>
<context>
    <name>QuestionBox</name>
    <message>
        <location filename="../../ui/cadre/rules_page.py" line="+45"/>
        <source>依据：{0}</source>
        <translation>Basis: {0}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>● 可能不符合规定</source>
        <translation>● Possibly against the rules</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>这个回答说明可能违反了{0}</source>
        <translation>This answer suggests a possible breach of {0}</translation>
    </message>
</context>
<context>
    <name>QuotaDialog</name>
    <message>
        <location filename="../../ui/cadre/quota_dialog.py" line="+29"/>
        <source>修改摊派下载任务</source>
        <translation>Edit download quota</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>添加摊派下载任务</source>
        <translation>Add download quota</translation>
    </message>
</context>
<context>
    <name>QuotasPage</name>
    <message>
        <location filename="../../ui/common/core_strings.py" line="-30"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未定</source>
        <translation>Undecided</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除「{0}」</source>
        <translation>Delete &quot;{0}&quot;</translation>
    </message>
    <message>
        <location filename="../../ui/cadre/quotas_page.py" line="+82"/>
        <source>记录上级分派给您的动员群众、企业下载或注册应用的任务（规定对照第 4 题）。</source>
        <translation>Record the tasks of getting the public or businesses to download or register with apps that superiors gave you (rule check question 4).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>还没有摊派下载任务——点击「添加」</source>
        <translation>No download quotas yet — click &quot;Add&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>添加(&amp;A)</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>添加一项摊派下载任务（Ctrl+N 或 Insert）</source>
        <translation>Add a download quota (Ctrl+N or Insert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>修改(&amp;E)</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>修改选中的任务（回车或双击）</source>
        <translation>Edit the selected quota (Enter or double-click)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除(&amp;D)</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>删除选中的任务（Delete），可撤销</source>
        <translation>Delete the selected quota (Delete); can be undone</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>任务数 {0} · 指标合计 {1} · 完成合计 {2} · 耗时合计 {3} 小时</source>
        <translation>{0} tasks · target total {1} · achieved total {2} · {3} hours in all</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../ui/common/record_dialog.py" line="+39"/>
        <source>保存</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_strings.py" line="+11"/>
        <source>放弃修改？</source>
        <translation>Discard changes?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>填写的内容还没有保存。</source>
        <translation>What you entered has not been saved.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>点「放弃修改」关闭窗口，刚才填写的不保存；点「继续填写」回到表单。</source>
        <translation>Click &quot;Discard changes&quot; to close the window without saving what you entered; click &quot;Keep editing&quot; to go back to the form.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>放弃修改</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>继续填写</source>
        <translation>Keep editing</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../ui/common/record_form.py" line="+83"/>
        <source>未填</source>
        <translation>Not given</translation>
    </message>
</context>
<context>
    <name>RegistryAppDialog</name>
    <message>
        <location filename="../../ui/registry/registry_dialog.py" line="+79"/>
        <source>登记应用</source>
        <translation>Register app</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>编辑「{0}」</source>
        <translation>Edit &quot;{0}&quot;</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>基本信息</source>
        <translation>Basic information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>使用与强制</source>
        <translation>Use and compulsion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>处置</source>
        <translation>Disposal</translation>
    </message>
</context>
<context>
    <name>RegistryModel</name>
    <message>
        <location filename="../../ui/registry/registry_page.py" line="+28"/>
        <source>方案未完成</source>
        <translation>Plan not finished</translation>
    </message>
</context>
<context>
    <name>RegistryPage</name>
    <message>
        <location line="+192"/>
        <source>已停用「{0}」——按 Ctrl+Z 撤销</source>
        <translation>Retired &quot;{0}&quot; — press Ctrl+Z to undo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已恢复「{0}」</source>
        <translation>Restored &quot;{0}&quot;</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>停用「{0}」</source>
        <translation>Retire &quot;{0}&quot;</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>全部状态</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>只显示一种状态</source>
        <translation>Show only one status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>登记一个政务应用（Ctrl+N）</source>
        <translation>Register a government app (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>编辑选中的应用（回车或双击）</source>
        <translation>Edit the selected app (Enter or double-click)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>变更状态…</source>
        <translation>Change status…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按流程变更状态并留下记录：在用 → 整改中 / 整合迁移中 → 已迁移 / 已关停 → 已注销备案</source>
        <translation>Change the status along the workflow and keep a record: in use → under rectification / merging → migrated / shut down → deregistered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数据处置方案…</source>
        <translation>Data disposal plan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>一应用一方案：每类个人数据迁移、封存还是销毁，何时完成，由谁签批</source>
        <translation>One plan per app: whether each kind of personal data is migrated, sealed or destroyed, by when, signed off by whom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>停用</source>
        <translation>Retire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>从登记表中移除选中的应用，可按 Ctrl+Z 撤销</source>
        <translation>Remove the selected app from the registry; Ctrl+Z undoes it</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>导入 .xlsx…</source>
        <translation>Import .xlsx…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>从 Excel 表格导入登记（先「下载模板…」按模板填写）</source>
        <translation>Import registrations from an Excel sheet (fill in the template from &quot;Download template…&quot; first)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出 .xlsx…</source>
        <translation>Export .xlsx…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>把登记表导出为 Excel 表格</source>
        <translation>Export the registry as an Excel sheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下载模板…</source>
        <translation>Download template…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存一份空白的登记表模板，在 Excel 或 WPS 里填写</source>
        <translation>Save an empty registry template to fill in with Excel or WPS</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>共 {0} 个</source>
        <translation>{0} in all</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} 个已关停或迁移的应用数据处置方案未完成</source>
        <translation>{0} shut-down or migrated apps have no finished data disposal plan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>登记表还是空的——点击「添加」（或按 Ctrl+N）登记一个应用，
或者「下载模板…」按模板填好后「导入 .xlsx…」。</source>
        <translation>The registry is still empty — click &quot;Add&quot; (or press Ctrl+N) to register an app,
or fill in the template from &quot;Download template…&quot; and use &quot;Import .xlsx…&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>没有状态为「{0}」的应用——选择「全部状态」查看全部。</source>
        <translation>No apps with status &quot;{0}&quot; — choose &quot;All statuses&quot; to see all.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>已登记「{0}」</source>
        <translation>Registered &quot;{0}&quot;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>已保存「{0}」</source>
        <translation>Saved &quot;{0}&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>「{0}」已改为「{1}」</source>
        <translation>&quot;{0}&quot; changed to &quot;{1}&quot;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>已保存「{0}」的数据处置方案</source>
        <translation>Saved the data disposal plan of &quot;{0}&quot;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>导入登记表</source>
        <translation>Import registry</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <location line="+15"/>
        <source>Excel 表格 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>正在导入「{0}」……</source>
        <translation>Importing &quot;{0}&quot;…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>「{0}」没有导入：请按下面的提示修改</source>
        <translation>&quot;{0}&quot; was not imported: fix it as shown below</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>已取消导入：登记表没有改变</source>
        <translation>Import cancelled: the registry is unchanged</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已从「{0}」导入 {1} 个应用</source>
        <translation>Imported {1} apps from &quot;{0}&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>导出登记表</source>
        <translation>Export registry</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>应用登记表.xlsx</source>
        <translation>app-registry.xlsx</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>已导出登记表</source>
        <translation>Registry exported</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>登记表已保存到：
{0}</source>
        <translation>The registry was saved to:
{0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>保存登记表模板</source>
        <translation>Save registry template</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>应用登记表模板.xlsx</source>
        <translation>app-registry-template.xlsx</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>已保存模板</source>
        <translation>Template saved</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>模板已保存到：
{0}
填好后点击「导入 .xlsx…」。</source>
        <translation>The template was saved to:
{0}
When filled in, click &quot;Import .xlsx…&quot;.</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../ui/supervisor/report_page.py" line="+31"/>
        <source>导出与上报（按所选批次）</source>
        <translation>Exports and reporting (for the chosen wave)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>会议材料</source>
        <translation>Meeting pack</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>封面、关键数字、图表及其说明、数据表和计算方法，按「负担看板」当前的批次和筛选条件。</source>
        <translation>Cover, key figures, charts with their notes, data tables and methods, for the wave and filters chosen on the Burden dashboard.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>打印预览…</source>
        <translation>Print preview…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打印…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出会议材料 PDF…</source>
        <translation>Export meeting pack as PDF…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>正在导出上一个文件，请等它完成。</source>
        <translation>The previous file is still being exported; please wait for it to finish.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>正在导出……</source>
        <translation>Exporting…</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>未完成：{0}</source>
        <translation>Not finished: {0}</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <location filename="../../ui/safety/safety_dialogs.py" line="+39"/>
        <source>设置保留期限</source>
        <translation>Set retention date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>「{0} {1}」共 {2} 份答卷。到期后的第二天起，可以销毁这些答卷；销毁无法撤销。</source>
        <translation>&quot;{0} {1}&quot; holds {2} answers. From the day after the date they can be destroyed; destruction cannot be undone.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>不限期限（一直保留）</source>
        <translation>No limit (keep indefinitely)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>确定</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>保留至（含当天）</source>
        <translation>Keep until (inclusive)</translation>
    </message>
</context>
<context>
    <name>RetentionTab</name>
    <message>
        <location filename="../../ui/safety/retention_tab.py" line="+80"/>
        <source>个人信息保护法要求答卷只保存到调查需要的最短期限。为每个调查批次设定保留期限；期限过后，「立即销毁到期数据…」会删除该批次的全部答卷和含有它们的备份，只留下销毁记录。销毁无法撤销。</source>
        <translation>The Personal Information Protection Law requires answers to be kept only as long as the survey needs them. Set a retention date for each wave; once it has passed, &quot;Destroy expired data now…&quot; deletes all of the wave&apos;s answers and the backups holding them, leaving only a destruction record. Destruction cannot be undone.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>不限</source>
        <translation>No limit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0}（已到期）</source>
        <translation>{0} (expired)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>各调查批次的保留期限</source>
        <translation>Retention date of each survey wave</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>还没有调查批次。
导入答卷或在「调查批次」页新建批次后，可以在这里设定保留期限。</source>
        <translation>No survey waves yet.
After importing answers or creating a wave on the &quot;Survey waves&quot; page, set its retention date here.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>设置保留期限…</source>
        <translation>Set retention date…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>立即销毁到期数据…</source>
        <translation>Destroy expired data now…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>删除保留期限已过的批次的全部答卷及其备份，留下销毁记录</source>
        <translation>Delete all answers of waves past their retention date, and their backups, leaving a destruction record</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>销毁记录</source>
        <translation>Destruction records</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>还没有销毁过数据。</source>
        <translation>No data has been destroyed yet.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>{0} 个批次已过保留期限，共 {1} 份答卷待销毁。</source>
        <translation>Waves past their retention date: {0}; answers due for destruction: {1}.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>· {0} {1}：{2} 份答卷（保留至 {3}）</source>
        <translation>· {0} {1}: {2} answers (kept until {3})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>销毁到期数据</source>
        <translation>Destroy expired data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>将永久销毁以下批次的全部答卷：
{0}</source>
        <translation>All answers of these waves will be destroyed permanently:
{0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>含有这些答卷的备份也会一并删除，之后自动为其余数据重新备份。批次名称和销毁记录会保留。销毁后无法恢复。</source>
        <translation>The backups holding these answers are deleted too; the remaining data is then backed up again automatically. The wave names and the destruction record are kept. Destroyed data cannot be recovered.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>永久销毁</source>
        <translation>Destroy permanently</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>已销毁 {0} 个批次的 {1} 份答卷，删除备份 {2} 个。</source>
        <translation>Destroyed: waves {0}, answers {1}; backups deleted: {2}.</translation>
    </message>
</context>
<context>
    <name>ReturnsModel</name>
    <message>
        <location filename="../../ui/common/core_strings.py" line="+20"/>
        <source>{0}/{1} 已回收</source>
        <translation>{0}/{1} returned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名单外 {0} 份</source>
        <translation>{0} from outside the roster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>，另有名单外 {0} 份</source>
        <translation>, and {0} from outside the roster</translation>
    </message>
</context>
<context>
    <name>ReturnsPage</name>
    <message>
        <location filename="../../ui/supervisor/returns_page.py" line="+87"/>
        <source>载入名单…</source>
        <translation>Load roster…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>从 Excel 表格（.xlsx）载入各单位应交的份数，替换本批次原有的名单</source>
        <translation>Load the number of returns each unit owes from an Excel sheet (.xlsx), replacing this wave&apos;s roster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下载名单模板…</source>
        <translation>Download roster template…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>保存一个空白名单表格：每行一个单位和应交份数</source>
        <translation>Save an empty roster sheet: one unit and its expected count per row</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>调查批次</source>
        <translation>Survey wave</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>还没有调查批次。先在「导入答卷」页导入干部交来的调查文件，
再在这里载入回收名单，就能看到每个单位交了几份、还差几份。</source>
        <translation>No survey waves yet. Import the survey files cadres hand in on the &quot;Import returns&quot; page first,
then load the return roster here to see how many each unit handed in and how many are missing.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>还没有「{0}」的回收名单。
点击「下载名单模板…」，在表格里每行填写一个单位（乡镇/街道或村/社区）和应交份数，
保存后点击「载入名单…」。</source>
        <translation>No return roster for &quot;{0}&quot; yet.
Click &quot;Download roster template…&quot;, enter one unit (township/subdistrict or village/community) and its expected count per row,
save it, then click &quot;Load roster…&quot;.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>还差 {0} 份</source>
        <translation>{0} missing</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已全部交齐</source>
        <translation>All handed in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>合计：{0}；{1}</source>
        <translation>Total: {0}; {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>本批次已收到 {0} 份答卷。</source>
        <translation>{0} returns received for this wave.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>其中 {0} 份是加密答卷：本库没有这一批次的私钥，无法读取，按加密文件头写明的单位计数（{1}），导出汇总文件时原样转交上级。</source>
        <translation>{0} of them are sealed responses: this database has no private key for this wave and cannot read them; they are counted by the unit their sealed header names ({1}) and forwarded unchanged with the aggregate file.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} {1} 份</source>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>未写明单位</source>
        <translation>unit not given</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>参与码已用（已用/发出）：</source>
        <translation>Participation codes used (used/issued): </translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+4"/>
        <source>，</source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>载入回收名单</source>
        <translation>Load return roster</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>Excel 表格 (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>正在读取「{0}」……</source>
        <translation>Reading &quot;{0}&quot;…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>名单未载入：「{0}」需要修改，原有名单不变。</source>
        <translation>Roster not loaded: &quot;{0}&quot; needs fixing; the previous roster is unchanged.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>已取消：原有名单不变。</source>
        <translation>Cancelled: the previous roster is unchanged.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已载入「{0}」：{1} 个单位。</source>
        <translation>Loaded &quot;{0}&quot;: {1} units.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>回收名单.xlsx</source>
        <translation>return-roster.xlsx</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存名单模板</source>
        <translation>Save roster template</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>名单模板已保存：{0}</source>
        <translation>Roster template saved: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已保存</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>名单模板已保存到：
{0}

每行填写一个单位和应交份数，保存后点击「载入名单…」。</source>
        <translation>The roster template was saved to:
{0}

Enter one unit and its expected count per row, save it, then click &quot;Load roster…&quot;.</translation>
    </message>
</context>
<context>
    <name>RoleDialog</name>
    <message>
        <location filename="../../ui/shell/role_dialog.py" line="+19"/>
        <source>欢迎使用指尖减负调查</source>
        <translation>Welcome to Burden Survey</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>您在这个数据文件里做什么？以后可以在「文件 → 设置」里更改。</source>
        <translation>What will you do in this data file? You can change it later under File → Settings.</translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <location filename="../../ui/cadre/rules_page.py" line="+110"/>
        <location line="+4"/>
        <source>跳到下一道未答题</source>
        <translation>Next unanswered question</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>跳到下一道还没有回答的题（Ctrl+J）</source>
        <translation>Jump to the next question not yet answered (Ctrl+J)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>对照有关规定，回答您实际遇到的情况。点选即保存；把鼠标停在题目上可查看依据。</source>
        <translation>Answer what you actually experience, compared with the rules. A click saves; hover over a question to see its basis.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>已回答 {0}/{1}</source>
        <translation>Answered {0}/{1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>；{0} 道回答「是」的题还没填补充问题</source>
        <translation>; {0} questions answered &quot;Yes&quot; still have follow-up questions to fill in</translation>
    </message>
</context>
<context>
    <name>SafetyPage</name>
    <message>
        <location filename="../../ui/safety/safety_page.py" line="+25"/>
        <source>备份</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保留期限</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>操作记录</source>
        <translation>Activity log</translation>
    </message>
</context>
<context>
    <name>SetAsideDialog</name>
    <message>
        <location filename="../../ui/common/core_strings.py" line="+1"/>
        <source>没有可计入的内容</source>
        <translation>Nothing that could be counted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未填</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已纳入统计</source>
        <translation>Counted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未计入统计</source>
        <translation>Not counted</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/set_aside_dialog.py" line="+48"/>
        <source>未计入统计的答卷</source>
        <translation>Answers not counted</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>这些答卷导入时是空的，或者没有任何工具和用时，只有基本情况或少量规定对照回答。它们已经保存，但不计入看板、会议材料和表格中的任何数字，也不算回收份数。确认某份答卷确实是填报人的回答后，可以选中它，点击「纳入统计」。</source>
        <translation>These answers were empty when imported, or had no tools and no minutes, only a profile or a few rule answers. They are kept, but they count in no figure of the dashboard, the meeting pack or the sheets, nor as returns. Once you have made sure an answer really is the respondent&apos;s, select it and click &quot;Count it&quot;.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>纳入统计</source>
        <translation>Count it</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>移出统计</source>
        <translation>Stop counting</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>已纳入统计 {0} 份。</source>
        <translation>{0} answers are now counted.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已移出统计 {0} 份。</source>
        <translation>{0} answers are no longer counted.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/shell/settings_dialog.py" line="+29"/>
        <source>设置</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{0}%（标准）</source>
        <translation>{0}% (normal)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>放大程序里所有的文字，适合看小字吃力时使用；立即生效</source>
        <translation>Enlarge all text in the program, for when small print is hard to read; takes effect at once</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>界面语言在下次启动程序时生效。</source>
        <translation>The interface language changes the next time the program starts.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>界面语言(&amp;L)</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>文字大小(&amp;T)</source>
        <translation>&amp;Text size</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>用途(&amp;U)</source>
        <translation>&amp;Use</translation>
    </message>
</context>
<context>
    <name>StatusChangeDialog</name>
    <message>
        <location filename="../../ui/registry/registry_status.py" line="+36"/>
        <source>变更「{0}」的状态</source>
        <translation>Change the status of &quot;{0}&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>当前状态：{0}</source>
        <translation>Current status: {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>依据或说明，如：县政府常务会议决定</source>
        <translation>Basis or explanation, e.g. decision of the county government executive meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{0}」是最后一步，状态不能再变更。</source>
        <translation>&quot;{0}&quot; is the last step; its status cannot change any more.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>记录变更</source>
        <translation>Record change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关闭</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>变更为</source>
        <translation>Change to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>变更日期</source>
        <translation>Date of change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>说明</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>变更历史</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>（新登记）</source>
        <translation>(newly registered)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0}  {1} → {2}</source>
        <translation>{0}  {1} → {2}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>还没有变更记录</source>
        <translation>No changes recorded yet</translation>
    </message>
</context>
<context>
    <name>StatusField</name>
    <message>
        <location filename="../../ui/registry/registry_dialog.py" line="-9"/>
        <source>{0}（用「变更状态…」修改）</source>
        <translation>{0} (change it with &quot;Change status…&quot;)</translation>
    </message>
</context>
<context>
    <name>StepBar</name>
    <message>
        <location filename="../../ui/cadre/step_bar.py" line="+36"/>
        <source>按顺序去填下一步</source>
        <translation>Go on to the next step</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>第 {0} 步：{1}</source>
        <translation>Step {0}: {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>下一步：{0} →</source>
        <translation>Next: {0} →</translation>
    </message>
</context>
<context>
    <name>ToolDialog</name>
    <message>
        <location filename="../../ui/cadre/tool_dialog.py" line="+45"/>
        <source>添加数字任务</source>
        <translation>Add digital duty</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>编辑「{0}」</source>
        <translation>Edit &quot;{0}&quot;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>工作群</source>
        <translation>Work group</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>「{0}」是常见的{1}，类型已按此选好；不对请改选。</source>
        <translation>&quot;{0}&quot; is a well-known {1}, so that kind has been chosen; change it if it is wrong.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按名称判断是「{1}」，类型已按此选好；不对请改选。</source>
        <translation>The name suggests &quot;{1}&quot;, so that kind has been chosen; change it if it is wrong.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>还未填。按勾选的操作，约为「{0}」：&lt;a href=&quot;take&quot;&gt;就选这个&lt;/a&gt;</source>
        <translation>Not given yet. The ticked actions suggest about &quot;{0}&quot;: &lt;a href=&quot;take&quot;&gt;use this&lt;/a&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>还未填：未填的工具不计入留痕统计，不会当作 0%。</source>
        <translation>Not given yet: a tool without a share stays out of the trace-leaving figures; it is not counted as 0%.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>还没有选择。</source>
        <translation>has not been chosen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请选择这项任务是政务APP、小程序、公众号、工作群还是其他类型。</source>
        <translation>Choose whether this duty is a government app, a mini-program, an official account, a work group or another kind.</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>基本情况</source>
        <translation>Basics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>要求与留痕</source>
        <translation>Requirements and traces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>评价</source>
        <translation>Rating</translation>
    </message>
</context>
<context>
    <name>ToolsModel</name>
    <message>
        <location filename="../../ui/cadre/tools_page.py" line="+42"/>
        <source>未填</source>
        <translation>Not given</translation>
    </message>
</context>
<context>
    <name>ToolsPage</name>
    <message>
        <location line="+178"/>
        <source>已删除「{0}」——按 Ctrl+Z 撤销</source>
        <translation>Deleted &quot;{0}&quot; — press Ctrl+Z to undo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>已恢复「{0}」</source>
        <translation>Restored &quot;{0}&quot;</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>删除「{0}」</source>
        <translation>Delete &quot;{0}&quot;</translation>
    </message>
    <message>
        <location line="-140"/>
        <source>全部类型</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>只显示一种类型</source>
        <translation>Show only one kind</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>添加</source>
        <translation>Add</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>添加一个应用、公众号或工作群（Ctrl+N）</source>
        <translation>Add an app, official account or work group (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>添加工作群</source>
        <translation>Add work group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>添加一个工作群：所有问题在一页上（Ctrl+G）</source>
        <translation>Add a work group: every question on one page (Ctrl+G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>从常用清单添加…</source>
        <translation>Add from the common list…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>勾选常见的政务应用、公众号和工作群，一次添加多项（Ctrl+Shift+N）</source>
        <translation>Tick common government apps, official accounts and work groups to add several at once (Ctrl+Shift+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>编辑</source>
        <translation>Edit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>编辑选中的一项（回车或双击）</source>
        <translation>Edit the selected item (Enter or double-click)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>删除选中的一项，可按 Ctrl+Z 撤销</source>
        <translation>Delete the selected item; Ctrl+Z undoes it</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>还没有记录任何应用、公众号或工作群——点击「从常用清单添加…」一次勾选多项，或「添加」（Ctrl+N）逐个填写。
每一个要求您安装、登录、打卡或回复的工具都算一项。</source>
        <translation>No apps, official accounts or work groups recorded yet: click &quot;Add from the common list…&quot; to tick several at once, or &quot;Add&quot; (Ctrl+N) to fill in one at a time.
Every tool you are required to install, log in to, check in on or reply in counts as one item.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>没有「{0}」类型的记录——选择「全部类型」查看全部。</source>
        <translation>No records of kind &quot;{0}&quot; — choose &quot;All kinds&quot; to see all.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>已添加「{0}」</source>
        <translation>Added &quot;{0}&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>已添加 {0} 项：{1}</source>
        <translation>Added {0}: {1}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>已保存「{0}」</source>
        <translation>Saved &quot;{0}&quot;</translation>
    </message>
</context>
<context>
    <name>WaveCombo</name>
    <message>
        <location filename="../../ui/common/file_widgets.py" line="-41"/>
        <source>全部批次</source>
        <translation>All waves</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>（还没有调查批次）</source>
        <translation>(No survey waves yet)</translation>
    </message>
</context>
<context>
    <name>WaveDialog</name>
    <message>
        <location filename="../../ui/supervisor/wave_dialog.py" line="+45"/>
        <source>新建调查批次</source>
        <translation>New survey wave</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>为批次「{0}」设置密钥</source>
        <translation>Set a key for wave &quot;{0}&quot;</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>字母、数字、- 和 _，例如 XS2026A</source>
        <translation>Letters, digits, - and _, e.g. XS2026A</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>例如：锡山区2026年第四季度</source>
        <translation>e.g. Xishan District, Q4 2026</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>只记工作日（周末和节假日的记录不计入）</source>
        <translation>Workdays only (weekend and holiday entries do not count)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>勾选后，填报人导出的答卷只带起止日期内工作日的用时，统计也只算这些天；不勾选，起止日期内的每一天都计入。工作日按国务院公布的节假日安排（调休上班的周末算工作日）。</source>
        <translation>When ticked, the answers cadres export carry only the minutes of the workdays between the dates, and the figures count only those days; unticked, every day between the dates counts. Workdays follow the State Council&apos;s holiday schedule (weekend days worked in lieu count as workdays).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>填报人是怎样选出的。会议材料的封面会写明：公开征集（自愿填报）的结果不代表全体干部。</source>
        <translation>How the respondents were chosen. The meeting pack&apos;s cover says so: the results of an open call (answered voluntarily) do not stand for all cadres.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> 人</source>
        <translation> people</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>看板、报告和表格只显示至少这么多填报人的数字，人数更少的只显示「少于 … 人」，保护填报人不被认出。默认 5 人；以后只能提高，不能降低。</source>
        <translation>The dashboard, reports and spreadsheets show only figures of at least this many respondents; smaller groups read &quot;fewer than k&quot;, so that nobody can be singled out. 5 by default; it can later be raised, never lowered.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>选填：每行一个单位，例如
东港镇
锡北镇</source>
        <translation>Optional: one unit per line, e.g.
Donggang Town
Xibei Town</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>加密答卷（推荐）</source>
        <translation>Encrypt returns (recommended)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>填报人导出的答卷只有您（持有口令的组织者）能打开，传递途中被改动也能发现</source>
        <translation>Only you (the organiser holding the passphrase) can open the returns cadres export, and any change in transit is detected</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>口令至少 {0} 个字符。导入加密答卷时要输入它。
口令无法找回：忘记口令，这一批次的加密答卷就再也打不开。请牢记，或抄在纸上锁好保管；不要把口令发给填报人，他们只需要批次文件。</source>
        <translation>The passphrase needs at least {0} characters. You enter it when importing encrypted returns.
The passphrase cannot be recovered: if you forget it, this wave&apos;s encrypted returns can never be opened. Memorise it, or write it down and lock it away; do not send it to cadres — they only need the wave file.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>建立批次</source>
        <translation>Create wave</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>设置密钥</source>
        <translation>Set key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+64"/>
        <location line="+3"/>
        <location line="+44"/>
        <source>批次编号</source>
        <translation>Wave code</translation>
    </message>
    <message>
        <location line="-110"/>
        <location line="+69"/>
        <location line="+41"/>
        <source>批次名称</source>
        <translation>Wave name</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>开始日期</source>
        <translation>Start date</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+70"/>
        <location line="+39"/>
        <source>截止日期</source>
        <translation>End date</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>抽样方式</source>
        <translation>Sampling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>最少显示人数</source>
        <translation>Smallest group shown</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>批次</source>
        <translation>Wave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>应交单位</source>
        <translation>Expected units</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+68"/>
        <location line="+32"/>
        <source>口令</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="-98"/>
        <location line="+69"/>
        <location line="+30"/>
        <source>再输一次口令</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>不加密的批次不保存应交单位；回收名单可在「回收情况」页导入</source>
        <translation>A wave without encryption keeps no list of units; load a returns roster on the &quot;Returns&quot; page instead</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>弱</source>
        <translation>weak</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>一般</source>
        <translation>fair</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>强</source>
        <translation>strong</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>不到一天</source>
        <translation>less than a day</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>几天到几个月</source>
        <translation>days to months</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>几年到几十年</source>
        <translation>years to decades</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>一百年以上</source>
        <translation>more than a hundred years</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>口令强度：{0}。若有人拿到数据库或备份的副本，逐个猜大约需要{1}。</source>
        <translation>Passphrase strength: {0}. Someone with a copy of the database or a backup would need about {1} to guess it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>口令里含有批次编号、名称或单位名，熟人容易猜到；请换成只有您知道的词句。</source>
        <translation> It contains the wave&apos;s id, title or a unit name, which colleagues would guess first; use words only you know.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>再加一两个不常见的词，或用一整句只有您知道的话（中文也可以）。</source>
        <translation> Add one or two uncommon words, or use a whole sentence only you know (Chinese works too).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>只能由字母、数字、- 和 _ 组成（1–40 个字符）。</source>
        <translation> may contain only letters, digits, - and _ (1–40 characters).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>例如 XS2026A；填报人要照着它填写或载入。</source>
        <translation>For example XS2026A; cadres type or load exactly this code.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>「{0}」已经有了。</source>
        <translation>: &quot;{0}&quot; already exists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请换一个编号；要给已有的批次加密，请在列表中选中它，点击「为批次设置密钥…」。</source>
        <translation>Choose another code. To encrypt an existing wave, select it in the list and click &quot;Set wave key…&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>不能为空。</source>
        <translation> must not be empty.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>例如：锡山区2026年第四季度。</source>
        <translation>For example: Xishan District, Q4 2026.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>早于开始日期。</source>
        <translation> is before the start date.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>请检查两个日期，或把不确定的日期设为「未定」。</source>
        <translation>Check both dates, or tick &quot;Undecided&quot; for a date that is not fixed yet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>至少要 {0} 个字符。</source>
        <translation> needs at least {0} characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>长一点的口令更安全，例如一句只有您知道的话。</source>
        <translation>A longer passphrase is safer, e.g. a sentence only you know.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>与「口令」不一致。</source>
        <translation> does not match &quot;Passphrase&quot;.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>请把同一个口令再输一次。</source>
        <translation>Type the same passphrase again.</translation>
    </message>
</context>
<context>
    <name>WaveKeyDialog</name>
    <message>
        <location filename="../../ui/cadre/wave_key_dialog.py" line="+36"/>
        <source>替换批次密钥</source>
        <translation>Replace the wave key</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>核对批次文件</source>
        <translation>Check the wave file</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} 至 {1}</source>
        <translation>{0} to {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>这个批次已经有一把密钥（密钥编号 {0}）。这份批次文件带来另一把密钥。来历不明的批次文件可能是冒充的：换成它以后，您的答卷只有它的制作者能打开。</source>
        <translation>This wave already has a key (key ID {0}). This wave file brings another key. A wave file of unknown origin may be forged: once it replaces the key, only its maker can open your answers.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>答卷将用这份批次文件中的密钥加密，只有持有它的人能打开。请与组织者的通知（公文、电话）中的密钥编号核对，一致再载入。</source>
        <translation>Your answers will be encrypted with the key in this wave file, and only its holder can open them. Compare the key ID with the organiser&apos;s notice (document or phone call) and load it only if they match.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>这份批次文件没有密钥：这个批次的答卷不加密，交给谁都能打开。</source>
        <translation>This wave file has no key: answers of this wave are not encrypted and anyone who gets them can open them.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>（文件未写明）</source>
        <translation>(not stated in the file)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>无（不加密）</source>
        <translation>none (not encrypted)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>组织者</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调查批次</source>
        <translation>Survey wave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调查期</source>
        <translation>Survey period</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>最少显示人数</source>
        <translation>Smallest group shown</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{0} 人</source>
        <translation>{0} people</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>原密钥编号</source>
        <translation>Current key ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新密钥编号</source>
        <translation>New key ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>密钥编号</source>
        <translation>Key ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>替换密钥</source>
        <translation>Replace key</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>载入</source>
        <translation>Load</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>我已向组织者核实：新的密钥编号 {0} 是正确的</source>
        <translation>I have checked with the organiser: the new key ID {0} is correct</translation>
    </message>
</context>
<context>
    <name>WavesModel</name>
    <message>
        <location filename="../../ui/common/core_strings.py" line="+1"/>
        <source>未定</source>
        <translation>Not set</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未加密</source>
        <translation>Not encrypted</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} 至 {1}</source>
        <translation>{0} to {1}</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>发给组织者的公钥 · 密钥编号 {0}</source>
        <translation>Organiser&apos;s public key · key ID {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0}，只计工作日</source>
        <translation>{0}, workdays only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已加密 · 密钥编号 {0}</source>
        <translation>Encrypted · key ID {0}</translation>
    </message>
</context>
<context>
    <name>WavesPage</name>
    <message>
        <location filename="../../ui/supervisor/waves_page.py" line="+88"/>
        <source>每一轮调查是一个批次。新建批次时设置口令，填报人交来的答卷就会加密，只有您能打开；把「批次文件」发给填报人，他们载入后导出的答卷就属于这个批次。</source>
        <translation>Each survey round is a wave. Set a passphrase when you create a wave and the returns cadres hand in are encrypted so that only you can open them; send the wave file to the cadres, and the answers they export after loading it belong to this wave.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>新建批次…</source>
        <translation>New wave…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>建立一个调查批次（Ctrl+N）</source>
        <translation>Create a survey wave (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>为批次设置密钥…</source>
        <translation>Set wave key…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>给还没有密钥的批次设置口令，此后交来的答卷加密</source>
        <translation>Set a passphrase for a wave without a key; returns handed in from then on are encrypted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出批次文件…</source>
        <translation>Export wave file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存发给填报人的批次文件（编号、名称、日期、应交单位和公钥）</source>
        <translation>Save the wave file for cadres (code, name, dates, expected units and public key)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>参与码纸条…</source>
        <translation>Participation slips…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>为选中的批次打印一次性参与码：防止有人编造答卷（选用）</source>
        <translation>Print one-time participation codes for the selected wave, so that nobody can invent answers (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>提高最少显示人数…</source>
        <translation>Raise smallest group shown…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>看板、报告和表格只显示至少这么多人的数字；只能提高，不能降低</source>
        <translation>The dashboard, reports and spreadsheets show only figures of at least this many people; it can be raised, never lowered</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>调查批次列表</source>
        <translation>List of survey waves</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>还没有调查批次。点击「新建批次…」（或按 Ctrl+N）建立一个：
填写编号和名称，设置口令让答卷加密，再「导出批次文件…」发给各填报人。</source>
        <translation>No survey waves yet. Click &quot;New wave…&quot; (or press Ctrl+N) to create one:
enter a code and a name, set a passphrase to encrypt the returns, then &quot;Export wave file…&quot; and send it to the cadres.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>已建立批次「{0}」（答卷不加密）。</source>
        <translation>Created wave &quot;{0}&quot; (returns are not encrypted).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已建立批次「{0}」，密钥编号 {1}。下一步：「导出批次文件…」发给填报人。</source>
        <translation>Created wave &quot;{0}&quot;, key ID {1}. Next: &quot;Export wave file…&quot; and send it to the cadres.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>批次「{0}」已设置密钥，密钥编号 {1}。以后交来的答卷将加密；请重新导出批次文件发给填报人。</source>
        <translation>Wave &quot;{0}&quot; now has a key, key ID {1}. Returns handed in from now on will be encrypted; export the wave file again and send it to the cadres.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>导出批次文件</source>
        <translation>Export wave file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>批次文件 (*{0})</source>
        <translation>Wave files (*{0})</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>批次文件已保存到：{0}</source>
        <translation>Wave file saved to: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>批次文件已保存到：
{0}

请把这个文件发给各填报人：他们在「导出调查文件」里点击「载入批次文件…」。</source>
        <translation>The wave file was saved to:
{0}

Send this file to the cadres: they click &quot;Load wave file…&quot; in &quot;Export survey file&quot;.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>再打电话把密钥编号 {0} 念给他们，请他们核对载入后显示的编号：编号一致，才说明文件没有被调换。</source>
        <translation>Then phone them and read out the key ID {0}, and ask them to compare it with the ID shown after loading: only if the IDs match was the file not swapped.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>这个批次没有密钥，交来的答卷不加密。要加密，请先「为批次设置密钥…」。</source>
        <translation>This wave has no key, so returns are not encrypted. To encrypt them, use &quot;Set wave key…&quot; first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已导出批次文件</source>
        <translation>Wave file exported</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>保存参与码纸条</source>
        <translation>Save participation slips</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} 参与码.pdf</source>
        <translation>{0} participation codes.pdf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF 文件 (*.pdf)</source>
        <translation>PDF file (*.pdf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>已生成 {0} 个参与码（{1} 个单位），纸条已保存到：{2}</source>
        <translation>Made {0} participation codes ({1} units); slips saved to: {2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已保存参与码纸条</source>
        <translation>Participation slips saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>纸条已保存到：
{0}

打印后沿虚线剪开，随机发给各单位的填报人。从现在起，这个批次的答卷必须带参与码才能导入；码只保存在本机的数据库里，纸条丢了无法补印同一个码，可以再生成一批。</source>
        <translation>The slips were saved to:
{0}

Print them, cut along the dashed lines and hand them out at random to each unit&apos;s respondents. From now on, answers of this wave must carry a participation code to be imported. The codes are kept only in this database: a lost slip cannot be reprinted, but you can make another batch.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>提高最少显示人数</source>
        <translation>Raise smallest group shown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>批次「{0}」现在只显示至少 {1} 人的数字。
提高以后，人数不到新设定的乡镇、单位类型和工具都只显示「少于 … 人」；
已经发出的报告不受影响。最少显示人数只能提高，不能再降低。

新的最少显示人数：</source>
        <translation>Wave &quot;{0}&quot; now shows only figures of at least {1} people.
Once raised, smaller townships, unit types and tools read &quot;fewer than k&quot;;
reports already handed out are not affected. It can only be raised, never lowered again.

New smallest group shown:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>批次「{0}」的最少显示人数已提高到 {1} 人；看板和报告按新的人数显示。</source>
        <translation>The smallest group shown for wave &quot;{0}&quot; is now {1} people; the dashboard and reports use it.</translation>
    </message>
</context>
<context>
    <name>WeekModel</name>
    <message>
        <location filename="../../ui/cadre/week_grid.py" line="+120"/>
        <source>将来的日期还不能填写。</source>
        <translation>Future dates cannot be filled in yet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>这一天在该工具上花的分钟数（0–600）；留空表示没有记录，0 表示确实没用。</source>
        <translation>Minutes spent on this tool that day (0–600); empty means no record, 0 means really not used.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+17"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>合计
{0} 分钟</source>
        <translation>Total
{0} min</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{0}
{1} 分钟</source>
        <translation>{0}
{1} min</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0}，留痕占比未填</source>
        <translation>{0}, trace-leaving share not given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}，留痕占 {1}%</source>
        <translation>{0}, {1}% trace-leaving</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>分钟数 × 各工具的留痕比例，四舍五入；留痕占比未填的工具不计入</source>
        <translation>Minutes × each tool&apos;s trace-leaving share, rounded; tools without a share are left out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>其中留痕</source>
        <translation>Of which traces</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0}：{1}年的节假日安排本程序尚未收录，暂按周一至周五计算工作日。</source>
        <translation>{0}: the official holiday schedule for {1} is not in this program yet; workdays count Monday to Friday for now.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>计为工作日</source>
        <translation>counted as a workday</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>不计为工作日</source>
        <translation>not counted as a workday</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}，{1}（{2}）</source>
        <translation>{0}, {1} ({2})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}（{1}）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>周一</source>
        <translation>Mon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>周二</source>
        <translation>Tue</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>周三</source>
        <translation>Wed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>周四</source>
        <translation>Thu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>周五</source>
        <translation>Fri</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>周六</source>
        <translation>Sat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>周日</source>
        <translation>Sun</translation>
    </message>
</context>
<context>
    <name>YesNoCombo</name>
    <message>
        <location filename="../../ui/common/widgets.py" line="+58"/>
        <source>（请选择）</source>
        <translation>(Please choose)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>否</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>accessibility</name>
    <message>
        <location filename="../../ui/shell/accessibility.py" line="+24"/>
        <source>我的数字任务列表</source>
        <translation>List of my digital duties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本周每日用时表：行是工具，列是日期，单位分钟</source>
        <translation>This week&apos;s daily minutes: rows are tools, columns are days, in minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>摊派下载任务列表</source>
        <translation>List of download quotas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导入记录</source>
        <translation>Import history</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本次导入结果</source>
        <translation>Results of this import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>各单位回收情况</source>
        <translation>Returns per unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>应用登记表</source>
        <translation>App registry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名称匹配建议</source>
        <translation>Name match suggestions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未登记的工具</source>
        <translation>Unregistered tools</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>各应用的负担</source>
        <translation>Burden per app</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关停并转建议清单</source>
        <translation>Shut down / merge suggestions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按工具类型筛选</source>
        <translation>Filter by tool kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按状态筛选</source>
        <translation>Filter by status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>要导出的调查批次</source>
        <translation>Survey wave to export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调查批次</source>
        <translation>Survey wave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>负担数字所用的调查批次</source>
        <translation>Survey wave used for the burden figures</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <location filename="../../ui/shell/app.py" line="+35"/>
        <source>指尖减负调查</source>
        <translation>Burden Survey</translation>
    </message>
    <message>
        <location filename="../../ui/shell/housekeeping.py" line="+48"/>
        <source>批次 {0}（{1}）：{2} 份答卷，保留至 {3}</source>
        <translation>Wave {0} ({1}): {2} answers, kept until {3}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>已销毁到期数据</source>
        <translation>Expired data destroyed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>以下调查批次已过保留期限，答卷已按规定销毁，销毁记录保存在「数据安全」页：
{0}</source>
        <translation>These survey waves are past their retention date; their answers have been destroyed as required. The destruction records are on the Data safety page:
{0}</translation>
    </message>
</context>
<context>
    <name>choices</name>
    <message>
        <location filename="../../ui/common/core_strings.py" line="-455"/>
        <source>政务APP</source>
        <translation>Government app</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>小程序</source>
        <translation>Mini-program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>H5/网页</source>
        <translation>H5/web page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>政务公众号/服务号</source>
        <translation>Government official/service account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>视频号/抖音号</source>
        <translation>Video/Douyin account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工作群</source>
        <translation>Work group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电脑端业务系统</source>
        <translation>Desktop business system</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>独立APP/系统</source>
        <translation>Standalone app/system</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>微信</source>
        <translation>WeChat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>企业微信</source>
        <translation>WeCom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>钉钉</source>
        <translation>DingTalk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>政务微信</source>
        <translation>Gov WeChat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QQ</source>
        <translation>QQ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>支付宝</source>
        <translation>Alipay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>抖音</source>
        <translation>Douyin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>浏览器</source>
        <translation>Browser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>其他</source>
        <translation>Other</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>中央部门</source>
        <translation>Central department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>省级</source>
        <translation>Province</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>地级市</source>
        <translation>Prefecture-level city</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>县/区</source>
        <translation>County/district</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>乡镇/街道</source>
        <translation>Township/subdistrict</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>村/社区</source>
        <translation>Village/community</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不清楚</source>
        <translation>Don&apos;t know</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>自愿</source>
        <translation>Voluntary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>口头要求</source>
        <translation>Verbal request</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>发文要求</source>
        <translation>Written instruction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>与考核挂钩</source>
        <translation>Tied to assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每日</source>
        <translation>Daily</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每周</source>
        <translation>Weekly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每月</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不定期</source>
        <translation>Irregular</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无</source>
        <translation>None</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>从不</source>
        <translation>Never</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>偶尔</source>
        <translation>Occasionally</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每周多次</source>
        <translation>Several times a week</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每天</source>
        <translation>Every day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打卡</source>
        <translation>Clock in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>签到</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>学习刷积分</source>
        <translation>Study for points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保持在线时长</source>
        <translation>Stay online for a set time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>截图上传</source>
        <translation>Upload screenshots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上传照片/视频</source>
        <translation>Upload photos/videos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上传轨迹/定位</source>
        <translation>Upload tracks/location</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>接龙/回复“收到”</source>
        <translation>Chain replies / reply &quot;received&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>即时回复</source>
        <translation>Instant reply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>点赞/转发/评论</source>
        <translation>Like/share/comment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>网络投票</source>
        <translation>Online voting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>填表报数</source>
        <translation>Fill in forms and figures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关注账号</source>
        <translation>Follow accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>否</source>
        <translation>No</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>内部排名</source>
        <translation>Internal ranking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>通报排名</source>
        <translation>Circulated ranking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>口头批评</source>
        <translation>Verbal criticism</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>书面通报</source>
        <translation>Written notice of criticism</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>写检讨</source>
        <translation>Write a self-criticism</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>扣考核分</source>
        <translation>Assessment points deducted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>影响评优评先</source>
        <translation>Affects awards and honours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>当天记录</source>
        <translation>Entered the same day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1–2 天后补记</source>
        <translation>Entered 1–2 days later</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 天或更晚补记</source>
        <translation>Entered 3 or more days later</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名单普查：名单上的单位和人员全部填报</source>
        <translation>Roster census: every unit and person on the roster answers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指定抽样：组织者按名单抽取或指定填报人</source>
        <translation>Assigned sample: the organiser draws or names the respondents from the roster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>公开征集：自愿填报，不代表全体</source>
        <translation>Open call: answered voluntarily, not representative of all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无（都是实际工作）</source>
        <translation>None (all real work)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>少部分</source>
        <translation>A small part</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>约一半</source>
        <translation>About half</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>大部分</source>
        <translation>Most</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全部（纯留痕）</source>
        <translation>All (pure trace-leaving)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>常设</source>
        <translation>Permanent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>专项临时</source>
        <translation>Temporary, for one task</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>条线</source>
        <translation>Line department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>党建</source>
        <translation>Party building</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>50人以下</source>
        <translation>Under 50 people</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>50–199人</source>
        <translation>50–199 people</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>200–499人</source>
        <translation>200–499 people</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>500人及以上</source>
        <translation>500 people or more</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回“收到”</source>
        <translation>Reply &quot;received&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>限时回复</source>
        <translation>Reply within a time limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>24小时待命</source>
        <translation>On call 24 hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10条以下</source>
        <translation>Under 10 messages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10–49条</source>
        <translation>10–49 messages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>50–199条</source>
        <translation>50–199 messages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>200条及以上</source>
        <translation>200 messages or more</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>县直机关</source>
        <translation>County government office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>乡镇(街道)机关</source>
        <translation>Township (subdistrict) government office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>乡镇站所/事业单位</source>
        <translation>Township station / public institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>村(社区)“两委”</source>
        <translation>Village (community) committees</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>网格员/社区工作者</source>
        <translation>Grid worker / community worker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>驻村干部/第一书记</source>
        <translation>Village-stationed cadre / first secretary</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>基层国有企事业单位</source>
        <translation>Grassroots state-owned enterprise or institution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>领导班子成员</source>
        <translation>Leadership team member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>中层/站所负责人</source>
        <translation>Middle manager / station head</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>一般工作人员</source>
        <translation>Staff member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>村(社区)书记/主任</source>
        <translation>Village (community) secretary/director</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>村(社区)其他干部</source>
        <translation>Other village (community) cadre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>网格员</source>
        <translation>Grid worker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不满3年</source>
        <translation>Under 3 years</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3–5年</source>
        <translation>3–5 years</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6–10年</source>
        <translation>6–10 years</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10年以上</source>
        <translation>Over 10 years</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>公务员</source>
        <translation>Civil servant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>事业编制</source>
        <translation>Public institution staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>编外聘用</source>
        <translation>Contract staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>社区工作者</source>
        <translation>Community worker</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>村干部</source>
        <translation>Village cadre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>群众</source>
        <translation>The public</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>企业</source>
        <translation>Businesses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>党员</source>
        <translation>Party members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>学生家长</source>
        <translation>Pupils&apos; parents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本单位职工</source>
        <translation>Own unit&apos;s staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>固定数量</source>
        <translation>Fixed number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按户籍人口比例</source>
        <translation>Share of registered population</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按常住人口比例</source>
        <translation>Share of resident population</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>入户动员</source>
        <translation>Door-to-door canvassing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>现场扫码</source>
        <translation>Scanning codes on the spot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>代为注册</source>
        <translation>Registering on their behalf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>使用他人账号</source>
        <translation>Using other people&apos;s accounts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>是</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不适用</source>
        <translation>Not applicable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在用</source>
        <translation>In use</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>整改中</source>
        <translation>Being rectified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>整合迁移中</source>
        <translation>Being merged or migrated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已迁移（原应用已关停）</source>
        <translation>Migrated (original closed)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已关停</source>
        <translation>Closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已注销备案</source>
        <translation>Deregistered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保留</source>
        <translation>Keep</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>整合至本级平台</source>
        <translation>Merge into this level&apos;s platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>迁移至省级平台</source>
        <translation>Migrate to the provincial platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关停注销</source>
        <translation>Close and deregister</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>内部</source>
        <translation>Internal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>积分排名</source>
        <translation>Points ranking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在线时长</source>
        <translation>Time online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>迁移</source>
        <translation>Migrate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>封存</source>
        <translation>Seal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>销毁</source>
        <translation>Destroy</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>1 很没用</source>
        <translation>1 useless</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 较没用</source>
        <translation>2 of little use</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 一般</source>
        <translation>3 fair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 较有用</source>
        <translation>4 useful</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 很有用</source>
        <translation>5 very useful</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <location filename="../../ui/cadre/quotas_page.py" line="-85"/>
        <location filename="../../ui/supervisor/governance_page.py" line="-199"/>
        <location line="+9"/>
        <source>应用</source>
        <translation>App</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/governance_page.py" line="-8"/>
        <source>建议</source>
        <translation>Suggestion</translation>
    </message>
    <message>
        <location filename="../../ui/registry/matching_page.py" line="-202"/>
        <location filename="../../ui/supervisor/governance_page.py" line="+1"/>
        <source>依据</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backups_tab.py" line="-173"/>
        <source>备份时间</source>
        <translation>Backed up at</translation>
    </message>
    <message>
        <location filename="../../ui/cadre/tools_page.py" line="-159"/>
        <location filename="../../ui/registry/matching_page.py" line="+11"/>
        <location filename="../../ui/registry/registry_page.py" line="-237"/>
        <location filename="../../ui/safety/backups_tab.py" line="+1"/>
        <location filename="../../ui/supervisor/governance_page.py" line="+8"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backups_tab.py" line="+1"/>
        <location filename="../../ui/safety/retention_tab.py" line="-168"/>
        <location line="+32"/>
        <source>答卷份数</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>大小</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../ui/registry/registry_page.py" line="+2"/>
        <location filename="../../ui/supervisor/governance_page.py" line="+1"/>
        <location filename="../../ui/supervisor/import_results.py" line="+94"/>
        <location filename="../../ui/supervisor/set_aside_dialog.py" line="-64"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/governance_page.py" line="+1"/>
        <source>填报人数</source>
        <translation>Reporters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人均每工作日（分钟）</source>
        <translation>Per person per workday (min)</translation>
    </message>
    <message>
        <location filename="../../ui/registry/matching_page.py" line="+2"/>
        <location filename="../../ui/supervisor/governance_page.py" line="+2"/>
        <source>累计用时（分钟）</source>
        <translation>Total time (min)</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/governance_page.py" line="+1"/>
        <source>被要求的功能（人）</source>
        <translation>Required functions (people)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>被排名（人）</source>
        <translation>Ranked (people)</translation>
    </message>
    <message>
        <location filename="../../ui/cadre/tools_page.py" line="+7"/>
        <location filename="../../ui/supervisor/governance_page.py" line="+1"/>
        <source>有用程度</source>
        <translation>Usefulness</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/governance_page.py" line="+2"/>
        <source>摊派下载</source>
        <translation>Download quotas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>规定问题（人）</source>
        <translation>Rule problems (people)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>月活 / 注册用户</source>
        <translation>Monthly active / registered users</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/import_results.py" line="-77"/>
        <source>已导入</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>重复</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已替换</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>旧版本</source>
        <translation>Older version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已拒绝</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location filename="../../ui/safety/backups_tab.py" line="+1"/>
        <location filename="../../ui/supervisor/import_results.py" line="+30"/>
        <location line="+42"/>
        <source>文件</source>
        <translation>File</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/import_results.py" line="-41"/>
        <source>结果</source>
        <translation>Result</translation>
    </message>
    <message>
        <location filename="../../ui/safety/audit_tab.py" line="-103"/>
        <source>时间</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/safety/retention_tab.py" line="-2"/>
        <location filename="../../ui/supervisor/set_aside_dialog.py" line="-3"/>
        <source>批次</source>
        <translation>Wave</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/safety/retention_tab.py" line="+5"/>
        <location filename="../../ui/supervisor/import_results.py" line="+1"/>
        <source>说明</source>
        <translation>Explanation</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/import_results.py" line="+39"/>
        <source>开始时间</source>
        <translation>Started</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>写入答卷</source>
        <translation>Returns written</translation>
    </message>
    <message>
        <location filename="../../ui/registry/matching_page.py" line="-16"/>
        <location line="+13"/>
        <source>上报名称</source>
        <translation>Reported name</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+14"/>
        <source>人数</source>
        <translation>People</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>建议匹配</source>
        <translation>Suggested match</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>相似度</source>
        <translation>Similarity</translation>
    </message>
    <message>
        <location filename="../../ui/cadre/quotas_page.py" line="+1"/>
        <source>下达层级</source>
        <translation>Issued by level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>对象</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指标</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已完成</source>
        <translation>Completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>完成率</source>
        <translation>Achieved share</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>截止日期</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>计入考核</source>
        <translation>Assessed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>耗时(小时)</source>
        <translation>Time (hours)</translation>
    </message>
    <message>
        <location filename="../../ui/cadre/tools_page.py" line="-8"/>
        <location filename="../../ui/registry/registry_page.py" line="-3"/>
        <location filename="../../ui/safety/retention_tab.py" line="-36"/>
        <location filename="../../ui/supervisor/waves_page.py" line="-202"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/registry/registry_page.py" line="+2"/>
        <source>主管单位</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>处置方式</source>
        <translation>Disposal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>目标平台</source>
        <translation>Target platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>计划日期</source>
        <translation>Planned date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>完成日期</source>
        <translation>Completion date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>方案</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/returns_page.py" line="-169"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>区划代码</source>
        <translation>Division code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>应交</source>
        <translation>Expected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已交</source>
        <translation>Returned</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未交</source>
        <translation>Missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回收情况</source>
        <translation>Returns</translation>
    </message>
    <message>
        <location filename="../../ui/cadre/tools_page.py" line="+2"/>
        <source>平台</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>要求方式</source>
        <translation>How required</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>要求频率</source>
        <translation>Required frequency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>留痕占比</source>
        <translation>Trace-leaving share</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>排名</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>下班后</source>
        <translation>After hours</translation>
    </message>
    <message>
        <location filename="../../ui/safety/retention_tab.py" line="-1"/>
        <location filename="../../ui/supervisor/waves_page.py" line="-1"/>
        <source>编号</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+30"/>
        <source>保留至</source>
        <translation>Keep until</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>销毁时间</source>
        <translation>Destroyed at</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>删除数据行</source>
        <translation>Rows deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除备份</source>
        <translation>Backups deleted</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/waves_page.py" line="+2"/>
        <source>起止日期</source>
        <translation>Period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>加密</source>
        <translation>Encryption</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已导入答卷</source>
        <translation>Returns imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>最少显示人数</source>
        <translation>Smallest group shown</translation>
    </message>
    <message>
        <location filename="../../ui/supervisor/set_aside_dialog.py" line="-1"/>
        <source>答卷编号</source>
        <translation>Answer id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>缺少</source>
        <translation>Lacks</translation>
    </message>
</context>
<context>
    <name>completeness</name>
    <message>
        <location filename="../../ui/common/core_strings.py" line="+156"/>
        <source>基本情况里没有填乡镇（街道）或单位类型</source>
        <translation>the profile has no township or unit type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>还没有列出任何数字任务（应用、公众号、工作群等）</source>
        <translation>no digital duty (app, official account, work group…) is listed yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>还没有记录任何一天的用时</source>
        <translation>no day&apos;s minutes are logged yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>规定对照题答了不到一半</source>
        <translation>fewer than half of the rule-check questions are answered</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location line="+80"/>
        <source>请点击「显示详细信息」查看报告，或点击「复制报告」，发给技术支持人员。</source>
        <translation>Click &quot;Show Details…&quot; to see the report, or click &quot;Copy report&quot;, and send it to technical support.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>程序出错</source>
        <translation>Program error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>程序遇到了意外错误，刚才的操作可能没有完成。已保存的数据不受影响。</source>
        <translation>The program hit an unexpected error; the last action may not have finished. Saved data is not affected.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>复制报告</source>
        <translation>Copy report</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>报告也已保存在日志文件中：{0}</source>
        <translation>The report was also saved in the log file: {0}</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location line="-282"/>
        <source>名称</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>如：学习强国、某某镇工作群</source>
        <translation>e.g. Xuexi Qiangguo, XX town work group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>类型</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>平台</source>
        <translation>Platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这个工具在哪里使用：独立的手机应用、微信、钉钉、电脑等</source>
        <translation>Where this tool is used: a standalone phone app, WeChat, DingTalk, a computer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>发起层级</source>
        <translation>Sponsoring level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这个工具由哪一级部门建设或要求使用</source>
        <translation>Which level of department built this tool or requires its use</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>条线部门</source>
        <translation>Line department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>如：组织部、民政、应急</source>
        <translation>e.g. organisation dept., civil affairs, emergency management</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已安装/已加入</source>
        <translation>Installed/joined</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>是否已安装这个应用、关注这个账号或加入这个群</source>
        <translation>Whether you installed this app, follow this account or joined this group</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>要求频率</source>
        <translation>Required frequency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>被要求多久使用一次（打卡、上报、学习等）</source>
        <translation>How often you are required to use it (check-ins, reports, study…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下班后要求</source>
        <translation>After-hours demands</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下班后、周末或节假日还被要求使用的频率</source>
        <translation>How often you are required to use it after work, at weekends or on holidays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>要求的操作</source>
        <translation>Required actions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>留痕占比</source>
        <translation>Trace-leaving share</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>在这个工具上被要求做的事，可多选；据此会给出「留痕占比」的建议，由您确认</source>
        <translation>What you are required to do on this tool; choose any that apply. They suggest a trace-leaving share for you to confirm</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>要求方式</source>
        <translation>How it is required</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>以什么方式要求您使用它：自愿使用、口头要求、发文要求，还是与考核挂钩</source>
        <translation>How you are required to use it: voluntary, verbal instruction, written instruction, or tied to assessment</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>这个工具上的时间有多少只是为了留痕（打卡、截图、刷积分…）。
不选就是「未填」：不计入留痕统计，不会当作 0%。</source>
        <translation>How much of the time on this tool only leaves traces (check-ins, screenshots, points…).
Left unchosen it is &quot;not given&quot;: it stays out of the trace-leaving figures and is not counted as 0%.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>是否排名</source>
        <translation>Ranked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>使用情况是否被排名，排名是只在内部看还是被通报</source>
        <translation>Whether use is ranked, and whether the ranking is only seen internally or circulated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>排名依据</source>
        <translation>Ranking basis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>如：积分、在线时长、安装率</source>
        <translation>e.g. points, time online, installation rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>排名频率</source>
        <translation>Ranking frequency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>多久通报或公布一次排名</source>
        <translation>How often rankings are circulated or published</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不达标后果</source>
        <translation>Consequences of missing targets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有按要求完成时会怎样，可多选</source>
        <translation>What happens when you do not do as required; tick all that apply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>与哪些工具数据重复</source>
        <translation>Same data as which tools</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>还有哪些工具要报同样的数据</source>
        <translation>Which other tools ask for the same data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>如：一表通</source>
        <translation>e.g. Yibiaotong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有用程度</source>
        <translation>Usefulness</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>对您的实际工作有多大用处</source>
        <translation>How useful it is for your actual work</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>备注</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>其他说明</source>
        <translation>Other notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用途</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>临时群未解散</source>
        <translation>Temporary group not closed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>临时专项群在任务结束后是否仍未解散</source>
        <translation>Whether a temporary task group is still open after the task ended</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>群规模</source>
        <translation>Group size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>即时响应要求</source>
        <translation>Instant-reply demand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>是否要求即时回复，例如回“收到”、限时回复或24小时待命</source>
        <translation>Whether instant replies are demanded, e.g. replying &quot;received&quot;, replies within a time limit or being on call 24 hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每日消息数</source>
        <translation>Messages per day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这个群平均每天的消息条数</source>
        <translation>Average number of messages per day in this group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重叠的群</source>
        <translation>Overlapping groups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>与哪些群内容重复，如：某某条线群</source>
        <translation>Which groups it duplicates, e.g. XX line group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>应用名称</source>
        <translation>App name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>要求群众或企业下载、注册的应用名称</source>
        <translation>Name of the app the public or businesses must download or register with</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下达层级</source>
        <translation>Issued by level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>哪一级下达的这项任务</source>
        <translation>Which level handed down this task</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>任务对象</source>
        <translation>Target group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>要求动员哪些人下载或注册</source>
        <translation>Whom you are asked to get to download or register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指标数量</source>
        <translation>Target count</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>要求下载或注册的人数（户数）</source>
        <translation>Number of people (households) to download or register</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指标依据</source>
        <translation>Target basis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指标是固定数量，还是按人口的一定比例下达</source>
        <translation>Whether the target is a fixed number or a share of the population</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人口比例</source>
        <translation>Population share</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按人口比例下达时，要求达到的比例；只有按比例下达时才需要填</source>
        <translation>The share required when the target is a share of the population; only needed then</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>截止日期</source>
        <translation>Deadline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有明确的截止日期，或记不清了，就选「未定」</source>
        <translation>With no clear deadline, or if you do not remember it, choose &quot;Not set&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>是否计入考核</source>
        <translation>Counted in assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>完成情况是否计入考核、排名或通报</source>
        <translation>Whether achievement counts in assessments, rankings or circulated notices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>完成方式</source>
        <translation>How achieved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>为完成指标实际采用过的办法，可多选</source>
        <translation>Ways actually used to reach the target; tick all that apply</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已完成数量</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>目前已经完成的数量</source>
        <translation>Number achieved so far</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>耗费工时</source>
        <translation>Hours spent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>您本人为这项任务累计花费的工作时间（估计即可）</source>
        <translation>Working time you spent on this task in all (an estimate is fine)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>小时</source>
        <translation>hours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>补充说明（请勿填写任何人的姓名、电话或身份证号）</source>
        <translation>Further notes (do not enter anyone&apos;s name, phone or ID number)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>省</source>
        <translation>Province</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>市</source>
        <translation>City</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>县</source>
        <translation>County</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>区划年份</source>
        <translation>Division year</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>乡镇</source>
        <translation>Township</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只填地名，如：东港镇；不要填人名</source>
        <translation>Only the place name, e.g. Donggang; never a person&apos;s name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>乡镇/村区划代码</source>
        <translation>Township/village division code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>12 位数字，不知道可以留空</source>
        <translation>12 digits; leave empty if you do not know it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>单位类型</source>
        <translation>Unit type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>岗位</source>
        <translation>Post</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>任职年限</source>
        <translation>Tenure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>编制性质</source>
        <translation>Staffing type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>是否配发工作手机</source>
        <translation>Work phone issued</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>平时每个工作日用时</source>
        <translation>Usual minutes per workday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不看记录，凭印象估计：平时一个工作日，您在这些应用、公众号和工作群上大约一共花多少分钟？</source>
        <translation>Without looking at your records, from memory: on a usual workday, about how many minutes in all do you spend on these apps, accounts and work groups?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>分钟</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>日期</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>记录时间</source>
        <translation>When entered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>如：学习强国、某某通</source>
        <translation>e.g. Xuexi Qiangguo, XX Tong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主管单位</source>
        <translation>Responsible unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>建设或主管单位，如：县应急管理局</source>
        <translation>Building or responsible unit, e.g. county emergency management bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>统一社会信用代码</source>
        <translation>Unified social credit code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>18 位统一社会信用代码，没有可以留空</source>
        <translation>18-character unified social credit code; may be left empty</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主管单位层级</source>
        <translation>Responsible level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主要功能</source>
        <translation>Main functions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>主要功能，如：隐患排查上报、值班打卡</source>
        <translation>Main functions, e.g. hazard reporting, duty check-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务对象</source>
        <translation>Served group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>强制功能</source>
        <translation>Compulsory functions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>强制依据</source>
        <translation>Basis of compulsion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>强制使用的依据，如：县委办通知〔2024〕3号</source>
        <translation>Basis of compulsory use, e.g. county party office notice [2024] No. 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>注册用户数</source>
        <translation>Registered users</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>月活跃用户数</source>
        <translation>Monthly active users</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>上线日期</source>
        <translation>Launch date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不详</source>
        <translation>Unknown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备案号</source>
        <translation>Filing no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备案编号</source>
        <translation>Filing number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>年度运维经费</source>
        <translation>Yearly operating costs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每年的运维经费</source>
        <translation>Yearly operating costs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>万元</source>
        <translation>10k yuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同类应用</source>
        <translation>Similar apps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>功能相近的其他应用，如：某某APP、某某小程序</source>
        <translation>Other apps with similar functions, e.g. XX app, XX mini-program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>状态</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记时的状态；以后的变化请用「变更状态…」记录，留下变更历史</source>
        <translation>Status when registered; record later changes with &quot;Change status…&quot; to keep a history</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>处置方式</source>
        <translation>Disposal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>目标平台</source>
        <translation>Target platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>整合或迁移到哪个平台</source>
        <translation>Platform it is merged or migrated into</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>计划完成日期</source>
        <translation>Planned completion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>实际完成日期</source>
        <translation>Actual completion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未完成</source>
        <translation>Not finished</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这类任务有几项</source>
        <translation>How many such tasks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>通报频率</source>
        <translation>Frequency of circulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>通报后果</source>
        <translation>Consequences of circulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>涉及几个系统</source>
        <translation>How many systems</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本调查是匿名的：请不要写任何人的姓名、电话或身份证号。</source>
        <translation>This survey is anonymous: do not write anyone&apos;s name, phone or ID number.</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location filename="../../ui/shell/pages.py" line="-35"/>
        <source>填写您工作的地区和岗位。这里不收集姓名、电话或身份证号；每一项都可以不填，改动立即保存。</source>
        <translation>Enter the region and post you work in. No name, phone or ID number is collected; every item is optional and changes are saved at once.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>列出要求您安装、登录、打卡或回复的每一个政务应用、公众号和工作群。点击「添加」（Ctrl+N）新增一项，工作群用「添加工作群」（Ctrl+G），所有问题在一页上；选中后按回车编辑，按 Delete 删除，Ctrl+Z 撤销。</source>
        <translation>List every government app, official account and work group you are required to install, log into, check in on or reply in. Click &quot;Add&quot; (Ctrl+N) to add one, or &quot;Add work group&quot; (Ctrl+G) for a work group, with every question on one page; select one and press Enter to edit, Delete to delete, Ctrl+Z to undo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>每天花在每一项上的分钟数，一行一项、一列一天。用方向键移动，直接输入数字，回车保存；「复制前一天」可以省去重复填写。</source>
        <translation>The minutes spent on each duty every day, one row per duty and one column per day. Move with the arrow keys, type digits, press Enter to save; &quot;Copy previous day&quot; saves retyping.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>记录被要求动员他人下载、注册、关注或完成指标的情况（Ctrl+N 添加）。</source>
        <translation>Record the tasks of getting others to download, register, follow or meet a target (Ctrl+N adds one).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>逐条对照减负规定回答问题，Ctrl+J 跳到下一道还没有回答的题。</source>
        <translation>Answer the questions against the relief rules one by one; Ctrl+J jumps to the next unanswered question.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>根据您填写的内容自动算出的汇总：每周用时、留痕占比等，只读。</source>
        <translation>A summary computed from what you entered: minutes per week, trace-leaving share and so on; read only.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>最后一步：查看调查文件将包含什么、还缺什么，再点击「导出调查文件…」（Ctrl+E），把文件交给组织方。导出后仍可修改，改完再导出一次即可。</source>
        <translation>The last step: see what the survey file will hold and what it still lacks, then click &quot;Export survey file…&quot; (Ctrl+E) and hand the file to the organiser. You can still change your answers afterwards: just export again.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>每一轮调查是一个批次。「新建批次…」（Ctrl+N）时设置口令，填报人交来的答卷就会加密，只有您能打开；口令无法找回，请妥善保管。「导出批次文件…」把批次文件发给填报人，再打电话核对密钥编号。</source>
        <translation>Each survey round is a wave. Set a passphrase under &quot;New wave…&quot; (Ctrl+N) and the returns cadres hand in are encrypted so that only you can open them; the passphrase cannot be recovered, so keep it safe. &quot;Export wave file…&quot; writes the file to send to cadres; then check the key ID with them by phone.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>汇总指标和图表；人数太少（默认少于 5 人）的分组只显示「&lt;5」以保护匿名。可打印或导出会议材料 PDF。</source>
        <translation>Summary figures and charts; groups that are too small (fewer than 5 by default) read &quot;&lt;5&quot; to protect anonymity. Print or export the meeting pack as a PDF.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>「备份」：每天自动备份，也可立即备份；选中一个备份可恢复（恢复前先备份当前数据）。导入错了的答卷在「导入答卷」页的「导入记录」里撤销。「保留期限」：为每个批次设定保留日期，到期后销毁全部答卷（连同备份）并留下销毁记录，无法撤销。「操作记录」：导出、导入、解密、恢复和销毁都记在这里。</source>
        <translation>&quot;Backups&quot;: a backup is made automatically every day, and you can make one at once; choose a backup to restore it (the current data is backed up first). Answers imported by mistake are undone under Import history on the Import page. &quot;Retention&quot;: set a retention date for each wave; when it passes, all of its answers (and the backups) are destroyed, a destruction record is kept, and this cannot be undone. &quot;Activity log&quot;: exports, imports, decryptions, restores and destructions are all recorded here.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/help_dialog.py" line="-56"/>
        <source>导入答卷（上级）</source>
        <translation>Import returns (supervisors)</translation>
    </message>
    <message>
        <location filename="../../ui/shell/pages.py" line="-16"/>
        <source>上级收集答卷时使用：把下级交来的调查文件拖进窗口，或按 Ctrl+I 选择文件。</source>
        <translation>For supervisors collecting returns: drag the survey files handed in into the window, or press Ctrl+I to choose them.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>按地区查看已收回多少份答卷、还缺哪些。</source>
        <translation>See per region how many returns have come back and which are missing.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>把所选批次导出为交给上级的汇总文件（上级导入时不会重复计数）、去标识化的 Excel 和 CSV、仅限组织者的完整数据，或给不用本程序的干部的填报模板；填好的模板交回后在这里导入。会议材料（打印、PDF）也在这里，按「负担看板」的筛选条件。</source>
        <translation>Export the chosen wave as an aggregate file for the level above (never counted twice when it is imported there), as de-identified Excel and CSV, as the organiser&apos;s full data, or as a fill-in template for cadres without this program; filled templates are imported from here too. The meeting pack (print, PDF) is here as well, for the Burden dashboard&apos;s filters.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>登记辖区内的政务应用，并记录清理整合的决定和进度。</source>
        <translation>Register the government apps of your area and record the clean-up decisions and their progress.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>把答卷中五花八门的应用名称对应到登记表中的同一个应用。</source>
        <translation>Map the many different app names in the returns to the same registered app.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>对照登记表查看整合、关停的进展。</source>
        <translation>Follow the progress of merging and shutting down against the registry.</translation>
    </message>
    <message>
        <location filename="../../ui/shell/help_dialog.py" line="-9"/>
        <source>打开本帮助，并跳到当前页面的说明</source>
        <translation>Open this help at the section for the current page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>切换到第 1 到第 10 个页面</source>
        <translation>Switch to pages 1 to 10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在当前页面添加一项</source>
        <translation>Add an item on the current page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>添加一个工作群，所有问题在一页上（我的数字任务）</source>
        <translation>Add a work group, every question on one page (My digital duties)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>从常用清单一次添加多项（我的数字任务）</source>
        <translation>Add several at once from the list of common ones (My digital duties)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>编辑选中的一项</source>
        <translation>Edit the selected item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除选中的一项</source>
        <translation>Delete the selected item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>撤销刚才的删除或修改</source>
        <translation>Undo the last deletion or change</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出调查文件</source>
        <translation>Export survey file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>打印会议材料 / 打印预览（上级）</source>
        <translation>Print the meeting pack / print preview (supervisors)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在输入框之间移动</source>
        <translation>Move between fields</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关闭窗口，退出程序</source>
        <translation>Close the window and quit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>本调查是匿名的：不收集姓名、电话、身份证号，也不联网。您填写的内容只保存在本机的数据文件中，只有在您自己导出调查文件并交出时才会离开这台电脑。程序的日志文件只记录程序的运行和出错情况。</source>
        <translation>This survey is anonymous: it collects no names, phone or ID numbers and uses no network. What you enter stays in the data file on this computer and leaves it only when you yourself export a survey file and hand it in. The program&apos;s log file records only how the program ran and its errors.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>填写完成后，点击菜单「文件」→「导出调查文件」（Ctrl+E），选择保存位置，把生成的文件按组织方的要求交回（例如拷贝到 U 盘或通过单位内网发送）。导出前请核对文件中没有任何人的姓名或电话。以后继续填写，可以再次导出。</source>
        <translation>When you are done, click the menu &quot;File&quot; → &quot;Export survey file&quot; (Ctrl+E), choose where to save it, and hand the file in as the organiser asks (e.g. on a USB stick or over the unit&apos;s intranet). Before exporting, check that the file contains nobody&apos;s name or phone number. If you go on filling in later, you can export again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>指尖减负调查 使用帮助</source>
        <translation>Burden Survey — Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>左侧列表中的每一项是一个页面。下面依次说明每个页面的用途、常用快捷键、隐私保护和如何交回答卷。</source>
        <translation>Each entry in the list on the left is a page. Below: what each page is for, the common shortcuts, privacy, and how to hand in your answers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>各页面的用途</source>
        <translation>What each page is for</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>快捷键</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>隐私保护</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>如何导出调查文件</source>
        <translation>How to export the survey file</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>（上级）</source>
        <translation> (supervisor)</translation>
    </message>
</context>
<context>
    <name>importStatus</name>
    <message>
        <location filename="../../ui/supervisor/import_results.py" line="-69"/>
        <source>已导入</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重复（已跳过）</source>
        <translation>Duplicate (skipped)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已替换旧版本</source>
        <translation>Replaced an older version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>旧版本（已跳过）</source>
        <translation>Older version (skipped)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已拒绝</source>
        <translation>Refused</translation>
    </message>
</context>
<context>
    <name>key_figures</name>
    <message>
        <location filename="../../ui/common/core_strings.py" line="+70"/>
        <source>答卷人数</source>
        <translation>Respondents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人均每工作日用时</source>
        <translation>Time per workday per person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>留痕占比</source>
        <translation>Trace-leaving share</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>要求即时回复的工作群</source>
        <translation>Work groups demanding instant replies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>摊派下载任务</source>
        <translation>Download quotas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>同一数据重复填报</source>
        <translation>Same data reported repeatedly</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下班后每周多次被要求处理</source>
        <translation>Asked to handle things after work several times a week</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>均值，{0:,} 人，95% 区间 {1} 分钟；人数较少，不显示中位数</source>
        <translation>Mean, {0:,} people, 95% interval {1} min; too few people for a median</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>依据的答卷人不足 {0} 人，不显示</source>
        <translation>Based on fewer than {0} respondents, not shown</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>没有数据</source>
        <translation>No data</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>每人要用的工具（平均）</source>
        <translation>Tools per person (mean)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>每人所在的工作群（平均）</source>
        <translation>Work groups per person (mean)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>日志与本人估计之比</source>
        <translation>Diary against own estimate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>两天内记下的天数</source>
        <translation>Days entered within two days</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>均值，{0:,} 人，95% 区间 {1} 分钟；中位数 {2} 分钟；90% 的人不超过 {3} 分钟</source>
        <translation>Mean, {0:,} people, 95% interval {1} min; median {2} min; 90% of people at most {3} min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>均值，{0:,} 人，95% 区间 {1} 分钟；中位数 {2} 分钟</source>
        <translation>Mean, {0:,} people, 95% interval {1} min; median {2} min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0:,} 份</source>
        <translation>{0:,}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>回答此题的 {0:,} 人中，95% 区间 {1}；回答「是」者平均涉及 {2} 个系统</source>
        <translation>Of the {0:,} who answered, 95% interval {1}; those answering &quot;yes&quot; name {2} systems on average</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>均值，{0:,} 人，95% 区间 {1} 个</source>
        <translation>Mean, {0:,} people, 95% interval {1}</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>占全部 {0:,} 个工作群（95% 区间 {1}）；{2} 的人至少有一个</source>
        <translation>Of all {0:,} work groups (95% interval {1}); {2} of people have at least one</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0:,} 项</source>
        <translation>{0:,} tasks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0:,} 人被摊派，完成 {1}，共耗时 {2} 小时</source>
        <translation>{0:,} people given quotas, {1} achieved, {2} hours spent</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>{0} 个</source>
        <translation>{0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>95% 区间 {3}；每工作日 {0} 分钟（均值，{1:,} 人，95% 区间 {2}）用于打卡、截图、刷积分等</source>
        <translation>95% interval {3}; {0} min per workday (mean, {1:,} people, 95% interval {2}) go to check-ins, screenshots, point farming</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0:,} 人，95% 区间 {3}：日志记录每工作日 {1} 分钟（均值），本人估计 {2} 分钟（均值）</source>
        <translation>{0:,} people, 95% interval {3}: diary {1} min per workday (mean), own estimate {2} min (mean)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>占 {0:,} 个知道记录时间的记录日，95% 区间 {1}；其余是 3 天或更晚才补记的</source>
        <translation>Of {0:,} logged days whose entry time is known, 95% interval {1}; the rest were entered 3 or more days later</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>少于 {0} 人，不显示</source>
        <translation>Fewer than {0} people: not shown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按回收名单 {0:,}/{1:,} 已回收</source>
        <translation>{0:,}/{1:,} returned (per roster)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未载入回收名单</source>
        <translation>No return roster loaded</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有填报工作群</source>
        <translation>No work groups reported</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0 项</source>
        <translation>0 tasks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有人填报摊派下载任务</source>
        <translation>Nobody reported download quotas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回答此题的 {0:,} 人中，95% 区间 {1}</source>
        <translation>Of the {0:,} who answered, 95% interval {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>均值，{0:,} 人，95% 区间 {1} 个；90% 的人不超过 {2} 个（应用、公众号、工作群等）</source>
        <translation>Mean, {0:,} people, 95% interval {1}; 90% of people at most {2} (apps, accounts, work groups…)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>均值，{0:,} 人，95% 区间 {1} 个；90% 的人不超过 {2} 个</source>
        <translation>Mean, {0:,} people, 95% interval {1}; 90% of people at most {2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0:,} 人中，95% 区间 {1}；其中每天：{2}</source>
        <translation>Of {0:,} people, 95% interval {1}; daily: {2}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0:,} 人中，95% 区间 {1}</source>
        <translation>Of {0:,} people, 95% interval {1}</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>填报摊派的不足 {0} 人，不显示</source>
        <translation>Fewer than {0} people reported quotas, not shown</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} 分钟</source>
        <translation>{0} min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>没有人填写平时每个工作日的用时估计</source>
        <translation>Nobody gave an estimate of their usual minutes per workday</translation>
    </message>
</context>
<context>
    <name>lists</name>
    <message>
        <location filename="../../ui/common/said.py" line="+306"/>
        <source>、</source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>notice</name>
    <message>
        <location filename="../../ui/common/core_strings.py" line="-69"/>
        <source>组织本次调查的单位</source>
        <translation>the unit organising this survey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>个人信息处理告知书</source>
        <translation>Notice on the processing of personal information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「指尖减负调查」用来记录基层干部被要求使用的政务应用、小程序、公众号和工作群给日常工作带来的负担。开始填写之前，请花两分钟读完下面的说明。</source>
        <translation>&quot;Burden Survey&quot; records the burden that the government apps, mini-programs, official accounts and work groups grassroots cadres are required to use put on their daily work. Before you start, please take two minutes to read the explanation below.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>一、谁收集</source>
        <translation>1. Who collects</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本次调查的组织者是{organiser}，调查文件中会写明单位名称。您在本程序中填写的内容由您自己保管，在您交出调查文件之前，任何单位和个人都看不到。</source>
        <translation>This survey is organised by {organiser}; the survey file names the unit. What you enter in this program stays in your own keeping; until you hand in a survey file, no unit or person can see it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>二、为什么收集</source>
        <translation>2. Why</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>为了弄清政务应用、公众号、工作群等数字工具给基层带来的负担有多重，对照整治“指尖上的形式主义”的有关规定查找问题，推动精简整合、切实减负。调查结果只以汇总统计的形式使用，不用于对任何个人的考核、评价或追责。</source>
        <translation>To find out how heavy a burden digital tools such as government apps, official accounts and work groups put on the grassroots, to find problems against the rules on fighting &quot;formalism at the fingertips&quot;, and to push for streamlining and real relief. The results are used only as aggregate statistics, never to assess, evaluate or hold any individual to account.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>三、收集什么</source>
        <translation>3. What is collected</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只收集工作情况：所在地区（到乡镇/街道）、单位类型、岗位、任职年限、编制类型、是否配发工作手机；以及您使用各项数字工具的情况：工具名称、被要求做什么、每天用时、排名通报、摊派下载、规定对照。本调查不收集姓名、电话号码、身份证号。程序会为您生成一个随机的匿名编号（以 R 开头），它不包含关于您的任何信息。请不要在填写的文字中写入任何人的姓名、电话或身份证号。</source>
        <translation>Only your work situation: region (down to township/subdistrict), unit type, post, tenure, staffing type, whether a work phone was issued; and how you use each digital tool: its name, what you are required to do, daily minutes, rankings and notices, download quotas and the rule check. This survey collects no names, phone numbers or ID numbers. The program gives you a random anonymous number (starting with R) that holds no information about you. Do not write anyone&apos;s name, phone or ID number in any text you enter.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>四、存放在哪里</source>
        <translation>4. Where it is kept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所有内容只保存在这台电脑上。本程序完全不使用网络，不会自动上传任何数据。只有当您自己导出调查文件并交出时，数据才会离开这台电脑；导出的文件不含姓名。汇总时，不足 5 人的分组不单独显示，以免推断出是谁填写的。</source>
        <translation>Everything stays on this computer only. The program does not use the network at all and never uploads anything. Data leaves this computer only when you yourself export a survey file and hand it in; the exported file contains no names. In summaries, groups of fewer than 5 people are not shown separately, so nobody can tell who answered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>五、保存多久</source>
        <translation>5. How long</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存到本轮调查结束为止。调查结束后，收到的调查文件予以销毁，并留存销毁记录。您本机上的数据，您可以随时自行删除。</source>
        <translation>Until this survey round ends. After that, the survey files received are destroyed and a record of the destruction is kept. You may delete the data on your own computer at any time.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>六、您的权利</source>
        <translation>6. Your rights</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>参加与否由您自己决定。您可以跳过任何问题，可以随时修改或删除已填写的内容，也可以随时停止填写。</source>
        <translation>Taking part is your own choice. You may skip any question, change or delete what you entered at any time, and stop at any time.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>七、有疑问找谁</source>
        <translation>7. Questions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>对本告知书或数据的处理有疑问，请向{organiser}咨询。</source>
        <translation>For questions about this notice or the handling of the data, ask {organiser}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>点击「同意并开始」，表示您已阅读并理解以上内容，自愿参加本次调查。</source>
        <translation>By clicking &quot;Agree and start&quot; you confirm that you have read and understood the above and take part in this survey voluntarily.</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/common/progress_run.py" line="+21"/>
        <source>取消</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>请稍候</source>
        <translation>Please wait</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0}
已读取 {1}/{2} 行</source>
        <translation>{0}
Read {1}/{2} rows</translation>
    </message>
</context>
<context>
    <name>questions</name>
    <message>
        <location filename="../../ui/common/core_strings.py" line="-54"/>
        <source>应用程序</source>
        <translation>Apps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>是否被要求下载并非中央或省级明确要求使用的政务应用？</source>
        <translation>Were you required to download government apps that no central or provincial authority explicitly requires?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>是否存在安装率、注册率、使用率等指标要求或排名？</source>
        <translation>Are there targets or rankings for installation, registration or usage rates?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>是否被要求定期登录某个应用（如每日登录）？</source>
        <translation>Are you required to log into an app regularly (e.g. every day)?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>是否被分配动员群众、企业下载或注册应用的任务（有指标、时限或与考核挂钩）？</source>
        <translation>Were you given tasks of getting the public or businesses to download or register with apps (with targets, deadlines or tied to assessment)?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>具体任务请在「摊派下载」页逐条记录。</source>
        <translation>Record each task on the &quot;Download quotas&quot; page.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>是否被要求关注政务公众号、视频号，或有关注数量指标？</source>
        <translation>Are you required to follow government official or video accounts, or are there follower targets?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>是否被要求使用未经备案的政务应用？</source>
        <translation>Are you required to use government apps that are not filed?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>多数干部无法知道应用是否备案，回答「不清楚」是正常的。</source>
        <translation>Most cadres cannot know whether an app is filed; answering &quot;Don&apos;t know&quot; is normal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>留痕与排名</source>
        <translation>Traces and rankings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>是否被要求每日打卡签到（安全生产、应急等特殊场景除外）？</source>
        <translation>Are you required to check in every day (apart from special cases such as work safety or emergencies)?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>是否有必须完成的积分排名（如学习积分）？</source>
        <translation>Are there point rankings you must complete (e.g. study points)?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在线时长或学习时长是否被计入考核？</source>
        <translation>Does time online or study time count in assessments?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>点赞、投票、转发、评论是否被用作考核依据？</source>
        <translation>Are likes, votes, shares or comments used as a basis for assessment?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>是否被要求上传不必要的照片、视频或活动轨迹？</source>
        <translation>Are you required to upload unnecessary photos, videos or movement tracks?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>是否被要求以截图作为工作完成的证明？</source>
        <translation>Are you required to prove work done with screenshots?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>是否以线上检查代替实地考核评价？</source>
        <translation>Do online checks replace on-site assessment?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>是否有根据应用数据发布的排名通报？</source>
        <translation>Are rankings based on app data circulated?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重复填报</source>
        <translation>Duplicate reporting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同一项数据是否需要在两个或更多系统中重复填报？</source>
        <translation>Must the same data be entered in two or more systems?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>是否每个应用都要单独注册账号？</source>
        <translation>Does every app need its own account?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>是否有同一中央部门的多个面向基层的应用要求使用？</source>
        <translation>Are several grassroots-facing apps of the same central department required?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>是否仍被要求使用县级及以下自建的政务应用？</source>
        <translation>Are you still required to use government apps built at county level or below?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工作群</source>
        <translation>Work group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工作群里是否要求打卡、接龙或回复“收到”？</source>
        <translation>Do work groups require check-ins, chain replies or replying &quot;received&quot;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工作群是否要求即时响应，包括下班后？</source>
        <translation>Do work groups demand instant responses, including after hours?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>是否通过工作群布置任务并要求提交材料？</source>
        <translation>Are tasks assigned through work groups with materials to be submitted there?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>是否存在同一项工作的重复工作群？</source>
        <translation>Are there duplicate work groups for the same work?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>是否有临时工作群在任务结束后未解散？</source>
        <translation>Are temporary work groups left open after the task ended?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>您所在单位是否对工作群数量设有上限？</source>
        <translation>Does your unit limit the number of work groups?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本题仅作了解，回答「是」说明有管控措施。</source>
        <translation>Asked for information only; &quot;Yes&quot; means there is a control measure.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工具整合</source>
        <translation>Tool consolidation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>是否有功能重叠的多个工具要求同时使用？</source>
        <translation>Are several tools with overlapping functions required at the same time?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>是否仍要求使用长期不更新（两个月以上）、经常崩溃或无人使用的工具？</source>
        <translation>Are you still required to use tools that have not been updated for a long time (over two months), often crash or that nobody uses?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>您使用的应用是否设有投诉或意见建议入口？</source>
        <translation>Do the apps you use have a complaint or feedback channel?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回答「否」表示不符合规定。</source>
        <translation>&quot;No&quot; means the rules are not met.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>应用是否被用于商业活动（如推销、广告）？</source>
        <translation>Are apps used for commercial activities (e.g. sales, advertising)?</translation>
    </message>
</context>
<context>
    <name>report_print</name>
    <message>
        <location line="+134"/>
        <source>会议材料</source>
        <translation>Meeting pack</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打印机没有响应，会议材料没有打印。</source>
        <translation>The printer did not respond; the meeting pack was not printed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请检查打印机是否开机、联网，或先导出 PDF 再打印。</source>
        <translation>Check that the printer is on and connected, or export a PDF first and print that.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>会议材料 · 打印预览</source>
        <translation>Meeting pack · Print preview</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>打印会议材料</source>
        <translation>Print meeting pack</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请换一个文件夹或文件名再试；如果这个文件正在其他程序中打开，请先关闭它。</source>
        <translation>Try another folder or file name; if the file is open in another program, close it first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>会议材料没有保存：无法写入「{0}」（{1}）。</source>
        <translation>The meeting pack was not saved: cannot write &quot;{0}&quot; ({1}).</translation>
    </message>
</context>
<context>
    <name>roles</name>
    <message>
        <location filename="../../ui/shell/roles.py" line="+16"/>
        <source>填报人</source>
        <translation>Respondent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>我是乡镇或村干部，记录自己每天花在政务应用、公众号和工作群上的时间，最后导出一个调查文件交给组织方。</source>
        <translation>I am a township or village cadre: I record the time I spend each day on government apps, official accounts and work groups, and finally export one survey file for the organiser.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>汇总单位</source>
        <translation>Gathering unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>我负责组织调查：发出调查批次，导入下级交来的答卷，查看汇总结果，上报上级，登记和清理应用。</source>
        <translation>I organise the survey: I send out waves, import the answers handed in from below, read the results, report to the level above, and keep the app registry.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>两者都用</source>
        <translation>Both</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在同一个数据文件里既填报自己的负担，又汇总他人的答卷：显示全部页面。</source>
        <translation>Record my own burden and gather other people&apos;s answers in the same data file: every page is shown.</translation>
    </message>
</context>
<context>
    <name>said</name>
    <message>
        <location filename="../../ui/common/core_strings.py" line="+14"/>
        <source>近{0}天每日用时（灰底为周末）</source>
        <translation>Daily minutes, last {0} days (weekends shaded grey)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>留痕（打卡、截图、刷积分等）</source>
        <translation>Trace-leaving (check-ins, screenshots, point farming, etc.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>其他用时</source>
        <translation>Other time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>暂无数据。</source>
        <translation>No data yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{0}」总耗时最多，{1} 名使用者共 {2} 分钟</source>
        <translation>&quot;{0}&quot; takes the most time in all: {1} users, {2} minutes together</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>答卷人每工作日平均用时 {0} 分钟</source>
        <translation>Respondents spend {0} minutes per workday on average</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人均负担最重的是「{0}」，每工作日 {1} 分钟</source>
        <translation>The heaviest burden per person is in &quot;{0}&quot;: {1} minutes per workday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>违规率最高的是 {0}（{1}），{2} 的答卷人回答「{3}」。</source>
        <translation>The highest violation rate is {0} ({1}): {2} of respondents answered &quot;{3}&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>摊派下载目标合计 {0} 个，已完成 {1} 个（{2}），指标最多的是「{3}」（目标 {4} 个，完成 {5} 个）。</source>
        <translation>Download quota targets total {0}, of which {1} achieved ({2}); the largest target is for &quot;{3}&quot; (target {4}, achieved {5}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>与上一批次「{0}」相比，</source>
        <translation>Compared with the previous wave &quot;{0}&quot;, </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（另有 {0} {1}少于 {2} 人，未显示）</source>
        <translation>({0} more {1} fewer than {2} people, not shown)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>耗时最多的工具（按总分钟）</source>
        <translation>Tools taking the most time (total minutes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>，使用者人均每工作日 {0} 分钟</source>
        <translation>, {0} minutes per workday per user</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全部使用者的总分钟数（括号内为使用人数）</source>
        <translation>Total minutes of all users (number of users in brackets)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每工作日用时分布</source>
        <translation>Minutes per workday: distribution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>，中位数 {0} 分钟</source>
        <translation>, median {0} minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>，十分之一的人在 {0} 分钟以上</source>
        <translation>, one in ten over {0} minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每工作日分钟数（人均，按答卷人；每段至少 {0} 人）</source>
        <translation>Minutes per workday (per respondent; at least {0} people per bar)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>答卷人数（每 {0} 分钟）</source>
        <translation>Respondents (per {0} minutes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>各乡镇负担构成</source>
        <translation>Burden make-up by township</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>，其中{0} {1} 分钟</source>
        <translation>, of which {0}: {1} minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>个乡镇答卷人</source>
        <translation>townships with</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（仅显示负担最重的 {0} 个乡镇）</source>
        <translation>(only the {0} townships with the heaviest burden shown)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>各项规定的违规率</source>
        <translation>Violation rate by rule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>题回答人数</source>
        <translation>questions answered by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>摊派下载：目标与完成</source>
        <translation>Download quotas: target and achieved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下载、注册个数（已完成/目标）</source>
        <translation>Downloads and registrations (achieved/target)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>各批次变化（按工具类别）</source>
        <translation>Change between waves (by tool kind)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人均每工作日分钟数</source>
        <translation>Minutes per workday per person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}（{1}人）</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> {0} 分钟</source>
        <translation> {0} min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>答卷人少于 {0} 人，不显示分布。</source>
        <translation>Fewer than {0} respondents; the distribution is not shown.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>答卷人少于 {0} 人，不显示分布；平均每工作日 {1} 分钟。</source>
        <translation>Fewer than {0} respondents; the distribution is not shown. Mean {1} minutes per workday.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>均值</source>
        <translation>Mean</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>中位数</source>
        <translation>Median</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90% 分位</source>
        <translation>90th percentile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>占回答该题答卷人的比例（不含「不适用」）</source>
        <translation>Share of respondents who answered the question (excluding &quot;Not applicable&quot;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有摊派下载任务的答卷人少于 {0} 人，暂不显示。</source>
        <translation>Fewer than {0} respondents have download quotas; not shown for now.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>目标</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已完成</source>
        <translation>Achieved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>各类工具人均每工作日用时基本持平。</source>
        <translation>time per workday per person is about the same for every kind of tool.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}人均每工作日用时增加 {1} 分钟</source>
        <translation>{0}: time per workday per person up {1} minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有类别减少</source>
        <translation>no kind went down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只有一个调查批次，暂无批次间比较。</source>
        <translation>Only one survey wave; no comparison between waves yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>答卷人不少于 {0} 人的批次不足两个，暂无批次间比较。</source>
        <translation>Fewer than two waves have at least {0} respondents; no comparison between waves yet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只能导出 PNG 或 SVG 图片，而不是「{0}」。</source>
        <translation>Charts can only be exported as PNG or SVG images, not &quot;{0}&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{0}」没有可导出的图：{1}</source>
        <translation>&quot;{0}&quot; has no chart to export: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每个工具的使用者都少于 {0} 人，暂不显示。</source>
        <translation>Every tool has fewer than {0} users; not shown for now.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} {1} 分钟</source>
        <translation>{0} {1} min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>各乡镇答卷人均少于 {0} 人，暂不显示。</source>
        <translation>Every township has fewer than {0} respondents; not shown for now.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每题回答人数都少于 {0} 人，暂不显示。</source>
        <translation>Every question has fewer than {0} respondents; not shown for now.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回答「是」（{0} 为「否」）</source>
        <translation>Answered &quot;Yes&quot; (&quot;No&quot; for {0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全部任务</source>
        <translation>All tasks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}减少 {1} 分钟</source>
        <translation>{0} down {1} minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}人均每工作日用时减少 {1} 分钟</source>
        <translation>{0}: time per workday per person down {1} minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有类别增加</source>
        <translation>no kind went up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>其他（少于 {0} 人填报）</source>
        <translation>Other (reported by fewer than {0} people)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未填写</source>
        <translation>Not given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>向上级反映</source>
        <translation>Report to the higher level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关停</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>整合</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>排名</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>高于</source>
        <translation>above</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>达到</source>
        <translation>at</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人均每工作日 {0} 分钟，{1}登记应用的中位数 {2} 分钟</source>
        <translation>{0} minutes per workday per person, {1} the registered apps&apos; median of {2} minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有用程度平均 {0} 分（满分 5）</source>
        <translation>Mean usefulness {0} out of 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>月活 {0} 人，仅为注册用户的 {1}%</source>
        <translation>{0} monthly active users, only {1}% of registered users</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>与「{0}」功能重叠</source>
        <translation>Functions overlap with &quot;{0}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} {1} 人</source>
        <translation>{0} {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>报告被要求的留痕操作：{0}（共 {1} 项）</source>
        <translation>Required trace-leaving actions reported: {0} ({1} in all)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>报告被要求的留痕操作：{0}</source>
        <translation>Required trace-leaving actions reported: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>与同级登记应用「{0}」名称相近、功能重叠</source>
        <translation>Similar name and overlapping functions with &quot;{0}&quot;, registered at the same level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>要求</source>
        <translation>Requires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>客户端</source>
        <translation>client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>公众号</source>
        <translation>official account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务号</source>
        <translation>service account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>手机版</source>
        <translation>mobile edition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电脑版</source>
        <translation>desktop edition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>网页版</source>
        <translation>web edition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pc版</source>
        <translation>pc edition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>最新版</source>
        <translation>latest edition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新版</source>
        <translation>new edition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>官方版</source>
        <translation>official edition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PC版</source>
        <translation>PC edition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>相似度 {0}</source>
        <translation>Similarity {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数字不同</source>
        <translation>Different numbers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>群</source>
        <translation>group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>一个是工作群</source>
        <translation>One is a work group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>字母不同</source>
        <translation>Different letters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>忽略空格、标点和全半角后相同</source>
        <translation>Same when spaces, punctuation and full/half width are ignored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>读音相同（可能是繁体或错别字）</source>
        <translation>Same pronunciation (maybe traditional characters or a typo)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>拼音首字母相同</source>
        <translation>Same pinyin initials</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>填报名称</source>
        <translation>Reported name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>为空或只有标点，无法匹配。</source>
        <translation>is empty or only punctuation, so it cannot be matched.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记应用</source>
        <translation>Registered app</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不存在，可能已被删除。</source>
        <translation>does not exist; it may have been deleted.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请刷新应用登记表后重新选择。</source>
        <translation>Refresh the app registry and choose again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>后相同</source>
        <translation>gives the same name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>去掉</source>
        <translation>Dropping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「签批」请填写单位或岗位（如「县数据局」「网信办主任」），不要填写个人姓名。</source>
        <translation>For &quot;Sign-off&quot;, enter a unit or post (e.g. &quot;County data bureau&quot;, &quot;Cyberspace office director&quot;), not a person&apos;s name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{0}」不是可选的状态。</source>
        <translation>&quot;{0}&quot; is not an available status.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不能从「{0}」直接改为「{1}」。</source>
        <translation>Cannot change directly from &quot;{0}&quot; to &quot;{1}&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请选择类型。</source>
        <translation>Choose a kind.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{0}」不是有效的统一社会信用代码。</source>
        <translation>&quot;{0}&quot; is not a valid unified social credit code.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>应为 18 位（数字和大写字母），最后一位是校验位，请照营业执照或登记证书核对；没有可以留空。</source>
        <translation>It should have 18 characters (digits and capital letters), the last one a check character. Check it against the business licence or registration certificate; leave it empty if there is none.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{0}」之后可以改为：{1}。</source>
        <translation>After &quot;{0}&quot; it can change to: {1}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这是最后一个状态，不能再改。</source>
        <translation>This is the last status; it cannot be changed any more.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数据类别</source>
        <translation>Data category</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不能为空。</source>
        <translation>must not be empty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请填写如「身份信息」「联系方式」「业务数据」。</source>
        <translation>Enter e.g. &quot;Identity data&quot;, &quot;Contact details&quot; or &quot;Business data&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{0}」重复了。</source>
        <translation>&quot;{0}&quot; is repeated.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每类数据只写一行。</source>
        <translation>Enter each data category on one line only.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{0}」不是可选的处置方式。</source>
        <translation>&quot;{0}&quot; is not an available disposal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请选择迁移、封存或销毁。</source>
        <translation>Choose migrate, seal or destroy.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>签批单位/岗位</source>
        <translation>Signed off by (unit/post)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「」不是可选的{0}。</source>
        <translation>&quot;&quot; is not an available {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有不认识的选项。</source>
        <translation>Contains an unknown option.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请从列表中勾选。</source>
        <translation>Tick options from the list.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不是有效的日期。</source>
        <translation>is not a valid date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请按 2026-11-20 的格式填写。</source>
        <translation>Use the format 2026-11-20.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>应用登记</source>
        <translation>App registry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数据处置方案</source>
        <translation>Data disposal plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>应用登记表有误</source>
        <translation>Errors in the app registry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>计划日期</source>
        <translation>Planned date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>完成日期</source>
        <translation>Completion date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>说明</source>
        <translation>Instructions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「应用登记」每行一个应用；名称和类型必填，其余不知道可以留空。</source>
        <translation>&quot;App registry&quot;: one app per row. Name and kind are required; leave anything else you do not know empty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>服务对象、强制功能可填多项，用顿号隔开，如「群众、企业」。</source>
        <translation>Served group and compulsory functions can take several entries, separated by commas, e.g. &quot;The public, Businesses&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>统一社会信用代码为 18 位，没有的单位（如乡镇党政办）可以留空。</source>
        <translation>The unified social credit code has 18 characters; units without one (e.g. a township party and government office) may leave it empty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>年度运维经费以{0}为单位；日期按 2026-11-20 的格式填写。</source>
        <translation>Yearly operating costs are in {0}; enter dates in the format 2026-11-20.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「数据处置方案」每行一个应用的一类数据：迁移、封存或销毁，完成日期和签批单位或岗位（不写个人姓名）。</source>
        <translation>&quot;Data disposal plan&quot;: one row per data category of an app: migrate, seal or destroy, the completion date and the signing-off unit or post (no personal names).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导入时，名称和主管单位都相同的应用会被更新，其余作为新应用加入。</source>
        <translation>On import, apps with the same name and responsible unit are updated; the others are added as new apps.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记表里没有应用，请至少填写一行。</source>
        <translation>The registry has no apps. Fill in at least one row.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>太长（最多 {0} 个字），请精简。</source>
        <translation>Too long (at most {0} characters). Please shorten it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请从列表中选择</source>
        <translation>Choose from the list</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请从下拉列表中选择。</source>
        <translation>Choose from the drop-down list.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>找不到「{0}」工作表，请使用导出的登记表或模板。</source>
        <translation>The &quot;{0}&quot; sheet cannot be found. Use an exported registry or the template.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>与第{0}行是同一应用（名称和主管单位相同），每个应用只写一行。</source>
        <translation>Same app as row {0} (same name and responsible unit). Enter each app on one row only.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>登记表里没有主管单位为「{0}」的「{1}」，请先在「{2}」登记。</source>
        <translation>The registry has no &quot;{1}&quot; with responsible unit &quot;{0}&quot;. Register it in &quot;{2}&quot; first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{0}」与第{1}行重复，每类数据只写一行。</source>
        <translation>&quot;{0}&quot; repeats row {1}. Enter each data category on one row only.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{0}」不是有效的统一社会信用代码：应为 18 位数字和大写字母，最后一位是校验位。请照登记证书核对；没有可以留空。</source>
        <translation>&quot;{0}&quot; is not a valid unified social credit code: it should be 18 digits and capital letters, the last one a check character. Check it against the registration certificate; leave it empty if there is none.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{0}」不是可选的{1}，可填：{2}（多项用顿号隔开）。</source>
        <translation>&quot;{0}&quot; is not an available {1}. Allowed: {2} (separate several with commas).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}请用状态变更逐步修改。</source>
        <translation>{0} Change the status one step at a time.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>其他乡镇</source>
        <translation>Other townships</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>机关</source>
        <translation>Government offices</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>站所和企事业单位</source>
        <translation>Stations, enterprises and institutions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>村（社区）</source>
        <translation>Village (community)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>负责人</source>
        <translation>Heads</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不满6年</source>
        <translation>Under 6 years</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>6年及以上</source>
        <translation>6 years or more</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在编</source>
        <translation>Established staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>县（市、区）</source>
        <translation>County (city, district)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>乡镇（街道）</source>
        <translation>Township (subdistrict)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不足 {0} 人的乡镇合并为「{1}」</source>
        <translation>Townships with fewer than {0} people merged into &quot;{1}&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>合并为 机关 / 站所和企事业单位 / 村（社区） / 其他</source>
        <translation>Merged into Government offices / Stations, enterprises and institutions / Village (community) / Other</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>合并为 负责人 / 一般人员</source>
        <translation>Merged into Heads / Staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>合并为 不满6年 / 6年及以上</source>
        <translation>Merged into Under 6 years / 6 years or more</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>合并为 在编 / 编外及其他</source>
        <translation>Merged into Established staff / Contract and other</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>一般人员</source>
        <translation>Staff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>编外及其他</source>
        <translation>Contract and other</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>完整数据包含每名答卷人的全部基本情况（乡镇、区划代码、单位类型、岗位、任职年限、编制性质、工作手机）、数据库中的答卷编号和原样填写的工具名称：多数答卷人可以据此被认出。只供组织者本人分析使用，请勿转发、打印分发或放在共享文件夹中；用完请删除。导出会记入操作记录。</source>
        <translation>The full data holds every respondent&apos;s whole profile (township, division code, unit type, post, tenure, staffing type, work phone), the database&apos;s response IDs and the tool names exactly as typed: most respondents can be recognised from it. It is for the organiser&apos;s own analysis only: do not forward it, print it for distribution or put it in a shared folder, and delete it when done. The export is recorded in the audit log.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不能导出完整数据</source>
        <translation>Cannot export full data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>完整数据 Excel 表格：{0}</source>
        <translation>Full data Excel workbook: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}-完整数据-</source>
        <translation>{0}-full-data-</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>完整数据 CSV 文件 {0} 个：{1}</source>
        <translation>Full data, {0} CSV files: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>完整数据一次只能导出一个调查批次。</source>
        <translation>Full data can be exported for only one survey wave at a time.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请选择或用 --wave 指定一个调查批次。</source>
        <translation>Choose a survey wave, or name one with --wave.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调查批次「{0}」没有批次密钥，无法核实您是组织者，因此不能导出完整数据。</source>
        <translation>Survey wave &quot;{0}&quot; has no wave key, so you cannot be verified as the organiser and the full data cannot be exported.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>可以导出去标识化的 Excel 或 CSV。如确需完整数据，请先在「调查批次」页为这个批次生成密钥（设定口令，此操作会记入操作记录），再凭口令导出。</source>
        <translation>You can export de-identified Excel or CSV files. If you really need the full data, first create a key for this wave on the &quot;Survey waves&quot; page (you set a passphrase; this is recorded in the audit log), then export with the passphrase.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本数据文件只有批次「{0}」的公钥，没有组织者的私钥，因此不能导出完整数据。</source>
        <translation>This data file holds only the public key of wave &quot;{0}&quot;, not the organiser&apos;s private key, so the full data cannot be exported.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>完整数据只能在生成这一批次密钥的组织者的数据文件中导出。</source>
        <translation>The full data can only be exported from the data file of the organiser who created this wave&apos;s key.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数据</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>完整数据（仅限组织者）</source>
        <translation>Full data (organiser only)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>注意</source>
        <translation>Caution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调查批次</source>
        <translation>Survey wave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>批次名称</source>
        <translation>Wave name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出日期</source>
        <translation>Export date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>答卷数</source>
        <translation>Responses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>隐私</source>
        <translation>Privacy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>各表只有随机答卷编号，没有姓名、电话或身份证号；备注等自由填写的文字不导出。</source>
        <translation>The tables hold only random response IDs, no names, phone numbers or ID numbers; free text such as notes is not exported.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>分组</source>
        <translation>Groups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按组汇总时，{0}。</source>
        <translation>In group summaries, {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已删除</source>
        <translation>Deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>答卷人删除的数字任务和摊派任务不导出。</source>
        <translation>Digital duties and download quotas that respondents deleted are not exported.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>项目</source>
        <translation>Item</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>内容</source>
        <translation>Content</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人均数字任务数（均值）</source>
        <translation>Digital duties per person (mean)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>人均每工作日分钟（均值）</source>
        <translation>Minutes per workday per person (mean)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>其中留痕分钟（均值）</source>
        <translation>Of which trace-leaving minutes (mean)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>少于 {0} 人的组不显示，以保护答卷人</source>
        <translation>Groups of fewer than {0} people are not shown, to protect respondents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未显示的乡镇：{0} 个。{1}。</source>
        <translation>Townships not shown: {0}. {1}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按乡镇汇总</source>
        <translation>By township</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>各数字经过保护处理（加入少量固定扰动并取整），与负担看板一致。</source>
        <translation>All figures are protected (a small fixed perturbation is added and they are rounded), as on the burden dashboard.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（未填乡镇）</source>
        <translation>(Township not given)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（未填县区）</source>
        <translation>(County not given)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>基本情况</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数字任务</source>
        <translation>Digital duties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每日用时</source>
        <translation>Daily minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>摊派下载</source>
        <translation>Download quotas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>规定对照</source>
        <translation>Rule check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>省（自治区、直辖市）</source>
        <translation>Province (autonomous region, municipality)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>市（地区、州、盟）</source>
        <translation>City (prefecture, autonomous prefecture, league)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>县（市、区、旗）</source>
        <translation>County (city, district, banner)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>乡镇/村区划代码（选填）</source>
        <translation>Township/village division code (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{0}」不是整数分钟，请填写 0 到 {1} 之间的整数。</source>
        <translation>&quot;{0}&quot; is not a whole number of minutes. Enter a whole number from 0 to {1}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} 分钟不能是负数。</source>
        <translation>{0} minutes cannot be negative.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} 分钟超出范围：单个工具一天最多记录 {1} 分钟（10 小时）。</source>
        <translation>{0} minutes is out of range: at most {1} minutes (10 hours) can be recorded for one tool in a day.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>填写全称，如：无锡市；直辖市可以留空</source>
        <translation>Enter the full name, e.g. Wuxi City; may be left empty for a municipality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>填写全称，如：锡山区；不设区县的市（如东莞市）填市名</source>
        <translation>Enter the full name, e.g. Xishan District; for a city without districts or counties (e.g. Dongguan City), enter the city name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有填写。请在第2行填写所在地区和岗位。</source>
        <translation>Not filled in. Enter your area and post in row 2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只需填写一行（第2行），请删除多余的行。</source>
        <translation>Fill in only one row (row 2). Delete the extra rows.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{0}」应为 12 位数字（县 6 位、乡镇 3 位、村 3 位）；不知道可以留空。</source>
        <translation>&quot;{0}&quot; should be 12 digits (county 6, township 3, village 3); leave empty if you do not know it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>题号</source>
        <translation>Question no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回答</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>前 6 位应与所填县区的代码 {0} 一致；不知道可以留空。</source>
        <translation>The first 6 digits should match the code {0} of the county entered; leave empty if you do not know it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{0}」不是省级行政区，请从下拉列表中选择。</source>
        <translation>&quot;{0}&quot; is not a province-level division. Choose one from the drop-down list.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{0}」不是{1}的地级行政区，请填写全称，如「{2}」。</source>
        <translation>&quot;{0}&quot; is not a prefecture-level division of {1}. Enter the full name, e.g. &quot;{2}&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{0}」不是{1}的县级行政区，请填写全称，如「{2}」。</source>
        <translation>&quot;{0}&quot; is not a county-level division of {1}. Enter the full name, e.g. &quot;{2}&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{0}」与第{1}行重名，请在名称后加以区分，如「{2}（2）」。</source>
        <translation>&quot;{0}&quot; has the same name as row {1}. Add something to the name to tell them apart, e.g. &quot;{2} (2)&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{0}」不是日期，请按 2026-11-20 的格式填写。</source>
        <translation>&quot;{0}&quot; is not a date. Enter it in the form 2026-11-20.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有填写工具名称，请从下拉列表中选择。</source>
        <translation>No tool name entered. Choose one from the drop-down list.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工具名称</source>
        <translation>Tool name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{0}」不在「数字任务」表里。请先在「数字任务」表填写它，或从下拉列表中选择。</source>
        <translation>&quot;{0}&quot; is not in the &quot;Digital duties&quot; sheet. Enter it in the &quot;Digital duties&quot; sheet first, or choose one from the drop-down list.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{0}」已在第{1}行填写，每个工具只填一行。</source>
        <translation>&quot;{0}&quot; is already entered in row {1}. Enter each tool in one row only.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} 各工具合计 {1} 分钟（{2} 小时），超过一天的 24 小时，请核对这一天的分钟数。</source>
        <translation>On {0} the tools total {1} minutes ({2} hours), more than the 24 hours in a day. Check the minutes for this day.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只有第{0}题回答「是」时才填写这一项，请清空或改答「是」。</source>
        <translation>Fill this in only when question {0} is answered &quot;Yes&quot;. Clear it or change the answer to &quot;Yes&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{0}」不是可选的{1}，可选：{2}。</source>
        <translation>&quot;{0}&quot; is not a valid {1}. Choices: {2}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只有类型为「工作群」时才填写这一项，请清空或把类型改为「工作群」。</source>
        <translation>Fill this in only when the kind is &quot;Work group&quot;. Clear it or change the kind to &quot;Work group&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} 是将来的日期，只能记录今天及以前的用时。</source>
        <translation>{0} is a future date. Only time up to and including today can be recorded.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}月{1}日</source>
        <translation>{0}/{1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>题号「{0}」不认识。请不要改动 A 到 C 列。</source>
        <translation>Question no. &quot;{0}&quot; is not recognised. Do not change columns A to C.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} 不在本次调查的时段（{1} 至 {2}）内，请删除这一列或改正日期。</source>
        <translation>{0} is outside this survey&apos;s period ({1} to {2}). Delete this column or correct the date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这一列第1行没有日期，请先在第1行填写日期。</source>
        <translation>Row 1 of this column has no date. Enter a date in row 1 first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} 不是工作日，本次调查只记工作日的用时，请删除这一列或改正日期。</source>
        <translation>{0} is not a workday. This survey records workday time only. Delete this column or correct the date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} 与 {1}列重复。</source>
        <translation>{0} duplicates column {1}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调查批次编号</source>
        <translation>Survey wave code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>选项</source>
        <translation>Options</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>填报表格有误</source>
        <translation>Entry form has errors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>分类</source>
        <translation>Section</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>问题</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>，只记工作日（周末和节假日不计）</source>
        <translation>, workdays only (weekends and holidays not counted)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请检查输入</source>
        <translation>Please check your entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请从下拉列表中选择「数字任务」表里已填写的名称。</source>
        <translation>Choose a name already entered in the &quot;Digital duties&quot; sheet from the drop-down list.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第1行请填写日期，如 2026-11-20。</source>
        <translation>Enter dates in row 1, e.g. 2026-11-20.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请填写 0 到 600 之间的整数分钟。</source>
        <translation>Enter a whole number of minutes from 0 to 600.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请选择 是、否、不清楚 或 不适用。</source>
        <translation>Choose Yes, No, Don&apos;t know or Not applicable.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> 至 </source>
        <translation> to </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指尖减负调查 · 填报表格（供未安装程序的干部使用）</source>
        <translation>Burden Survey · Entry form (for cadres who have not installed the program)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调查名称</source>
        <translation>Survey name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>问卷版本</source>
        <translation>Questionnaire version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调查时段</source>
        <translation>Survey period</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本调查是匿名的：请不要在任何格子里填写姓名、电话或身份证号。</source>
        <translation>This survey is anonymous: do not enter a name, phone or ID number in any cell.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「基本情况」：在第2行填写一行，只填地点和岗位。</source>
        <translation>&quot;Profile&quot;: fill in one row, row 2, with only your location and post.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「数字任务」：每行一个要求您使用的应用、小程序、公众号、视频号、工作群或电脑系统；「操作：…」各列在有此要求时选「是」。</source>
        <translation>&quot;Digital duties&quot;: one row for each app, mini-program, official account, video account, work group or computer system you are required to use; in the &quot;Action: …&quot; columns choose &quot;Yes&quot; where that action is required.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「每日用时」：第1行是日期（可以改），A列从下拉列表选工具名称，格子里填当天用了多少分钟（0–600 的整数），没用的留空。</source>
        <translation>&quot;Daily minutes&quot;: row 1 holds the dates (you may change them); in column A choose the tool name from the drop-down list; in the cells enter the minutes used that day (a whole number from 0–600); leave unused cells empty.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「摊派下载」：每行一项动员群众、企业下载或注册应用的任务；没有就留空。</source>
        <translation>&quot;Download quotas&quot;: one row for each task of getting the public or businesses to download or register with an app; leave empty if there are none.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「规定对照」：在D列选择 是 / 否 / 不清楚 / 不适用；带「-」的行是补充项，只在回答「是」时填写。</source>
        <translation>&quot;Rule check&quot;: in column D choose Yes / No / Don&apos;t know / Not applicable; rows with &quot;-&quot; are follow-up items, filled in only when the answer is &quot;Yes&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有下拉列表的格子请从列表中选择；请不要改动各表第1行的标题。填好后保存为 .xlsx，交给收集人导入。</source>
        <translation>Where a cell has a drop-down list, choose from the list; do not change the headings in row 1 of any sheet. When done, save as .xlsx and hand it to the collector to import.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>从下拉列表选择「数字任务」表里的名称，每个工具一行</source>
        <translation>Choose a name from the &quot;Digital duties&quot; sheet in the drop-down list, one row per tool</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请填写整数。</source>
        <translation>Enter a whole number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不限</source>
        <translation>No limit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>指尖减负调查</source>
        <translation>Burden Survey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请从下拉列表中选择{0}。</source>
        <translation>Choose {0} from the drop-down list.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（回答「是」时填，可多选，用「；」隔开）</source>
        <translation>(fill in if the answer is &quot;Yes&quot;; several allowed, separated by &quot;;&quot;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（回答「是」时填）</source>
        <translation>(fill in if the answer is &quot;Yes&quot;)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请填写 {0} 到 {1} 之间的数字。</source>
        <translation>Enter a number from {0} to {1}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>缺少「{0}」表。请使用原表格，不要删除工作表或给它改名。</source>
        <translation>The &quot;{0}&quot; sheet is missing. Use the original form; do not delete or rename sheets.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这份表格属于调查批次「{0}」，不是「{1}」。请选择正确的批次，或使用本批次的表格。</source>
        <translation>This form belongs to survey wave &quot;{0}&quot;, not &quot;{1}&quot;. Choose the right wave, or use this wave&apos;s form.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请按 2026-11-20 的格式填写日期。</source>
        <translation>Enter the date in the form 2026-11-20.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>去标识化 Excel 表格：{0}（{1} 份答卷）</source>
        <translation>De-identified Excel workbook: {0} ({1} responses)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>去标识化 CSV 文件 {0} 个：{1}</source>
        <translation>De-identified CSV files ({0}): {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>答卷</source>
        <translation>Responses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>答卷编号</source>
        <translation>Response ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>去标识化的个人答卷数据（每名答卷人的情况与回答，已按下列方法处理）</source>
        <translation>De-identified individual response data (each respondent&apos;s profile and answers, processed as described below)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未导出的答卷</source>
        <translation>Responses not exported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} 份：其基本情况与不足 {1} 人相同，无法合并到至少 {2} 人的组中</source>
        <translation>{0} responses: their profile is shared by fewer than {1} people and cannot be merged into a group of at least {2}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不导出</source>
        <translation>Not exported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>乡镇/村区划代码、区划年份、修订版本、填写和修改时间，以及备注、排名依据、与哪些工具数据重复、重叠的群等自由填写的文字</source>
        <translation>Township/village division codes, division year, revision, entry and edit times, and free text such as notes, ranking basis, same data as which tools, and overlapping groups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每次导出重新随机生成，与数据库中的编号无关；两次导出的编号不能互相对应</source>
        <translation>Generated afresh at random for each export, unrelated to the IDs in the database; IDs from two exports do not correspond</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只显示应用登记或内置名录中的名称，以及至少 {0} 名答卷人填写的名称；其余 {1} 个名称显示为「{2}」（条线部门同样处理）</source>
        <translation>Only names from the app registry or the built-in list, and names entered by at least {0} respondents, are shown; the other {1} names are shown as &quot;{2}&quot; (line departments are treated the same way)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>全部批次</source>
        <translation>All waves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下列各项经过合并或去掉，使表中每一种基本情况组合都至少有 {0} 名答卷人：</source>
        <translation>The following items were merged or removed so that every combination of profile answers in the table has at least {0} respondents:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无需处理</source>
        <translation>None needed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名单</source>
        <translation>Roster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>回收名单有误</source>
        <translation>Return roster has errors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>单位</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>区划代码</source>
        <translation>Division code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>应交份数</source>
        <translation>Responses due</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每行一个单位：单位名称、区划代码（选填）、应交份数。</source>
        <translation>One unit per row: unit name, division code (optional), responses due.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有区划代码时，按答卷里填写的 12 位代码的开头对应；没有代码时，按乡镇（街道）名称对应。</source>
        <translation>With a division code, responses are matched by the start of the 12-digit code entered in them; without one, by township (subdistrict) name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导入名单会替换这一调查批次原有的名单。</source>
        <translation>Importing a roster replaces this survey wave&apos;s existing roster.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>合计</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>乡镇（街道）或村（社区）的名称，与答卷里填写的一致</source>
        <translation>Name of the township (subdistrict) or village (community), as entered in the responses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>选填：乡镇 9 位、村（社区）12 位，县区 6 位；不知道可以留空</source>
        <translation>Optional: township 9 digits, village (community) 12 digits, county 6 digits; leave empty if you do not know it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这个单位应交回的答卷份数</source>
        <translation>Number of responses this unit should return</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>应交份数请填写 0 或正整数。</source>
        <translation>Enter 0 or a positive whole number for responses due.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{0}」应为 9 位（乡镇）或 12 位（村、社区）数字，县区可填 6 位；不知道可以留空。</source>
        <translation>&quot;{0}&quot; should be 9 digits (township) or 12 digits (village, community); a county may have 6. Leave empty if you do not know it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>名单里没有单位，请至少填写一行。</source>
        <translation>The roster has no units. Fill in at least one row.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{0}」与第{1}行重复，每个单位只写一行。</source>
        <translation>&quot;{0}&quot; duplicates row {1}. Enter each unit in one row only.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} 与第{1}行重复。</source>
        <translation>{0} duplicates row {1}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>表格有误</source>
        <translation>Spreadsheet has errors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>表格太大</source>
        <translation>Spreadsheet too large</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{0}」有 {1} 处需要修改</source>
        <translation>&quot;{0}&quot; has {1} things to correct</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（下面列出前 {0} 处）</source>
        <translation>(the first {0} are listed below)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请按提示在表格里逐条修改，保存后重新导入。</source>
        <translation>Correct each item in the spreadsheet as indicated, save it and import it again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工作表「{0}」超过 {1} 行，不像是填报表格。</source>
        <translation>Sheet &quot;{0}&quot; has more than {1} rows; it does not look like an entry form.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请删去多余的行（包括看似空白但有格式的行）后另存为 .xlsx 再导入。</source>
        <translation>Delete the extra rows (including rows that look empty but have formatting), save as .xlsx and import again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{0}」不是可选的{1}，请从下拉列表中选择。</source>
        <translation>&quot;{0}&quot; is not a valid {1}. Choose one from the drop-down list.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{0}」应为「是」或「否」，请从下拉列表中选择。</source>
        <translation>&quot;{0}&quot; should be &quot;Yes&quot; or &quot;No&quot;. Choose one from the drop-down list.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这不是一个普通文件，无法作为表格读取。</source>
        <translation>This is not a regular file and cannot be read as a spreadsheet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件太大（{0} MB），不像是填报表格。</source>
        <translation>The file is too large ({0} MB); it does not look like an entry form.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>表格解压后太大（{0} MB，{1} 个部分），不像是填报表格。请只保留需要导入的内容后另存为 .xlsx 再导入。</source>
        <translation>The spreadsheet is too large when unpacked ({0} MB, {1} parts); it does not look like an entry form. Keep only the content to import, save as .xlsx and import again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法读取这个文件（{0}）。</source>
        <translation>Cannot read this file ({0}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>表格太大，本机内存不足以读取。请只保留需要导入的内容后再导入。</source>
        <translation>The spreadsheet is too large to read with this computer&apos;s memory. Keep only the content to import, then import again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这不是 Excel 表格（.xlsx），或文件已损坏。请用 Excel 或 WPS 打开后「另存为」.xlsx 格式再导入。</source>
        <translation>This is not an Excel workbook (.xlsx), or the file is damaged. Open it in Excel or WPS, use &quot;Save As&quot; to save it in .xlsx format, then import again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已取消，没有导入任何内容。</source>
        <translation>Cancelled; nothing was imported.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>太长（最多 {0} 个字），请填写简短的名称。</source>
        <translation>Too long (at most {0} characters). Enter a short name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{0}」不是数字，请填写 {1} 到 {2} 之间的数字。</source>
        <translation>&quot;{0}&quot; is not a number. Enter a number from {1} to {2}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} 超出范围，应在 {1} 到 {2} 之间。</source>
        <translation>{0} is out of range; it should be from {1} to {2}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} 不是整数，请填写整数。</source>
        <translation>{0} is not a whole number. Enter a whole number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>缺少「{0}」列。请使用原表格，不要删除或改动第{1}行的标题。</source>
        <translation>The &quot;{0}&quot; column is missing. Use the original form; do not delete or change the headings in row {1}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不能为空，请填写{0}。</source>
        <translation>Cannot be empty. Enter {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第{0}行</source>
        <translation>row {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>修订版本</source>
        <translation>Revision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法写入 {0}（{1}）。</source>
        <translation>Cannot write {0} ({1}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>如果这个文件正在 Excel 或 WPS 里打开，请先关闭；或者换一个文件夹。</source>
        <translation>If this file is open in Excel or WPS, close it first, or choose another folder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>补充</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出完整数据</source>
        <translation>Export full data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导入</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>解密</source>
        <translation>Decryption</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>批次密钥</source>
        <translation>Wave key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>批次文件</source>
        <translation>Wave file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备份</source>
        <translation>Backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>恢复备份</source>
        <translation>Restore backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保留期限</source>
        <translation>Retention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>到期销毁</source>
        <translation>Destruction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>参与码</source>
        <translation>Participation codes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>最少显示人数</source>
        <translation>Smallest group shown</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>纳入统计</source>
        <translation>Include in statistics</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这个文件不是本程序的备份</source>
        <translation>This file is not a backup of this program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导入前</source>
        <translation>Before import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每日自动</source>
        <translation>Daily</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>手动</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>恢复前</source>
        <translation>Before restore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>销毁前</source>
        <translation>Before destruction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备份未完成</source>
        <translation>Backup not completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本机数据文件已损坏</source>
        <translation>This computer&apos;s data file is damaged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法恢复这个备份</source>
        <translation>Cannot restore this backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请在列表中选择另一个备份；当前数据没有改变。</source>
        <translation>Choose another backup in the list; the current data has not changed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>从备份 {0} 恢复；恢复前的数据已备份为 {1}</source>
        <translation>Restored from backup {0}; the data before the restore was backed up as {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请在「数据安全」中恢复最近的备份（{0}，{1}），再重新导入。</source>
        <translation>Restore the latest backup ({0}, {1}) under &quot;Data safety&quot;, then import again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有可用的备份。请把这个数据文件交给技术支持人员，不要继续使用它。</source>
        <translation>No backup is available. Give this data file to technical support and stop using it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本机的数据文件 {0} 已损坏（{1}），这次没有备份，也没有导入任何文件；已有的备份都保留着。</source>
        <translation>This computer&apos;s data file {0} is damaged ({1}). No backup was made this time and no file was imported; all existing backups are kept.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>内存中的数据库没有文件，无法备份。</source>
        <translation>An in-memory database has no file and cannot be backed up.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请打开一个数据文件后再备份。</source>
        <translation>Open a data file, then back up.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>手动备份：{0}</source>
        <translation>Manual backup: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>找不到备份文件 {0}。</source>
        <translation>Backup file {0} not found.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} 所在的磁盘只剩 {1}，这次备份需要约 {2}，还要给数据本身留出 {3}，所以没有备份。</source>
        <translation>The disk holding {0} has only {1} free; this backup needs about {2}, and {3} must stay free for the data itself, so no backup was made.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请清理这个磁盘（或在「数据安全」→ 备份中打开备份文件夹，删除不再需要的较早备份）后再备份；数据本身没有改变。</source>
        <translation>Free up space on this disk (or open the backup folder under Data safety → Backups and delete older backups you no longer need), then back up again; the data itself has not changed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法在 {0} 写入备份（{1}）。</source>
        <translation>Cannot write a backup in {0} ({1}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请检查磁盘空间是否已满、这个文件夹是否可以写入；数据本身没有改变。</source>
        <translation>Check whether the disk is full and whether this folder can be written to; the data itself has not changed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>恢复时出错（{0}），当前数据没有被替换。</source>
        <translation>Restore failed ({0}); the current data was not replaced.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请检查磁盘空间后重试。恢复前的数据另有备份：{0}</source>
        <translation>Check the disk space and try again. The data before the restore was also backed up: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}（{1}），或者已损坏。</source>
        <translation>{0} ({1}), or it is damaged.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备份文件 {0} 已损坏（完整性检查未通过：{1}）。</source>
        <translation>Backup file {0} is damaged (integrity check failed: {1}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}（{1} 中没有本程序的结构版本记录）。</source>
        <translation>{0} ({1} has no schema version records of this program).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备份文件 {0} 由更新版本的程序创建。</source>
        <translation>Backup file {0} was made by a newer version of the program.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请升级本程序后再恢复。</source>
        <translation>Upgrade this program, then restore.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>备份文件 {0} 的结构版本记录不完整或顺序异常，可能被改动。</source>
        <translation>The schema version records of backup file {0} are incomplete or out of order; it may have been altered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} 是调查文件，不是备份。</source>
        <translation>{0} is a survey file, not a backup.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调查文件请在「导入答卷」页导入。</source>
        <translation>Import survey files on the &quot;Import returns&quot; page.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}（{1}），或者已损坏（{2}）。</source>
        <translation>{0} ({1}), or it is damaged ({2}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件所带的调查时段（{0}）与本库的批次（{1}）不同，按本库的时段计算；如需改用组织者定的时段，请载入组织者的批次文件</source>
        <translation>The survey period in the file ({0}) differs from that of the wave in this database ({1}); this database&apos;s period is used. To use the period set by the organiser, load the organiser&apos;s wave file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未通过</source>
        <translation>Failed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件含有多余的表「{0}」，不是本程序生成的调查文件。</source>
        <translation>The file contains an extra table &quot;{0}&quot;; it is not a survey file made by this program.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件缺少表「{0}」，不是本程序生成的调查文件，或已被改动。</source>
        <translation>The file lacks the table &quot;{0}&quot;; it is not a survey file made by this program, or it has been altered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件{0}索引「{1}」，与本程序的结构不一致。</source>
        <translation>The file {0} index &quot;{1}&quot;, which does not match this program&apos;s structure.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>」的类型、顺序、非空、默认值或主键不同</source>
        <translation>&quot; differ in type, order, not-null, default value or primary key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>视图</source>
        <translation>view</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>触发器</source>
        <translation>trigger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件含有{0}「{1}」；本程序的调查文件没有{2}，为安全起见不予导入。</source>
        <translation>The file contains the {0} &quot;{1}&quot;; this program&apos;s survey files have no {2}s, so for safety it is not imported.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>表「{0}」的列与本程序不一致（{1}），文件可能被改动。</source>
        <translation>The columns of table &quot;{0}&quot; do not match this program ({1}); the file may have been altered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>多出</source>
        <translation>has an extra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>缺少</source>
        <translation>lacks the</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>索引「{0}」的定义与本程序不一致。</source>
        <translation>The definition of index &quot;{0}&quot; does not match this program.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>列「</source>
        <translation>columns &quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>缺少列「</source>
        <translation>missing columns &quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>多出列「</source>
        <translation>extra columns &quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（已销毁）</source>
        <translation>(destroyed)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保留期限 {0} 已到：销毁 {1} 份答卷（共 {2} 行数据），批次密钥已删除</source>
        <translation>Retention date {0} reached: {1} responses destroyed ({2} rows of data in all); wave key deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>答卷已删除，但另一程序正在读取数据文件，预写日志未能清空；删除的内容已被清零。</source>
        <translation>Responses deleted, but another program is reading the data file, so the write-ahead log could not be emptied; the deleted content has been zeroed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保留至 {0}，到期后销毁全部答卷</source>
        <translation>Keep until {0}, then destroy all responses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>取消保留期限（不限）</source>
        <translation>Retention limit removed (no limit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>答卷已删除，但数据文件未能压缩（{0}）；删除的内容已被清零。</source>
        <translation>Responses deleted, but the data file could not be compacted ({0}); the deleted content has been zeroed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有调查批次「{0}」。</source>
        <translation>There is no survey wave &quot;{0}&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请先登记或导入这一批次。</source>
        <translation>Register or import this wave first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>销毁未完成（{0}），数据没有改变。</source>
        <translation>Destruction not completed ({0}); the data has not changed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请检查磁盘空间和文件权限后重试。</source>
        <translation>Check the disk space and file permissions, then try again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} 个备份文件正被其他程序（如杀毒软件）占用，暂时无法删除，下次启动本程序时会再次删除</source>
        <translation>{0} backup files are in use by another program (such as antivirus software) and cannot be deleted now; they will be deleted the next time this program starts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}：{1} 份空的或几乎是空的答卷</source>
        <translation>{0}: {1} empty or nearly empty responses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这个数据文件由更新版本的程序创建。</source>
        <translation>This data file was created by a newer version of the program.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请升级本程序后再打开。</source>
        <translation>Upgrade this program, then open the file again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已有 {0} 项，最多 {1} 项。</source>
        <translation>already has {0} entries; the maximum is {1}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请先删除重复或不再使用的项。</source>
        <translation>First delete entries that are duplicates or no longer used.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这不是本程序的数据文件，或文件已损坏。</source>
        <translation>This is not a data file of this program, or the file is damaged.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请选择另一个文件；如果是原来的数据文件，请用备份（.bak）恢复。</source>
        <translation>Choose another file; if this is your original data file, restore it from a backup (.bak).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法读写这个文件（{0}）。</source>
        <translation>Cannot read or write this file ({0}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请检查文件夹是否存在、是否有写入权限。</source>
        <translation>Check that the folder exists and that you have permission to write to it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法读写这个文件：{0}。</source>
        <translation>Cannot read or write this file: {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{0}」不在本库中。</source>
        <translation>&quot;{0}&quot; is not in this database.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请先登记这个批次。</source>
        <translation>Register this wave first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>低于现有的 {0}</source>
        <translation>is below the current {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>批次「{0}」现为 {1} 人，只能提高：请输入 {2} 或更大的整数。</source>
        <translation>Wave &quot;{0}&quot; is now at {1} people and can only be raised: enter {2} or a larger whole number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}将最少显示人数由 {1} 人提高到 {2} 人</source>
        <translation>{0}raised the minimum group size from {1} to {2} people</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>最少显示人数由 {0} 人提高到 {1} 人</source>
        <translation>Minimum group size raised from {0} to {1} people</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>微信群</source>
        <translation>WeChat group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>钉钉群</source>
        <translation>DingTalk group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>企业微信群</source>
        <translation>WeCom group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QQ群</source>
        <translation>QQ group</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>群聊</source>
        <translation>Group chat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>订阅号</source>
        <translation>Subscription account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>视频号</source>
        <translation>Video account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>抖音号</source>
        <translation>Douyin account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>快手号</source>
        <translation>Kuaishou account</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>网页</source>
        <translation>Web page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>网站</source>
        <translation>Website</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>电脑端</source>
        <translation>Desktop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PC端</source>
        <translation>PC client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>业务系统</source>
        <translation>Business system</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>管理系统</source>
        <translation>Management system</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>信息系统</source>
        <translation>Information system</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>系统</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}（不设区县）</source>
        <translation>{0} (no counties or districts)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>市辖区</source>
        <translation>City districts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>省直辖县级行政区划</source>
        <translation>County-level divisions under the province</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有用程度（1–5）</source>
        <translation>Usefulness (1–5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>平时每个工作日用时（估计）</source>
        <translation>Usual minutes per workday (estimate)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工作群：{0}</source>
        <translation>Work group: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>应用、小程序、公众号或工作群的名称，每行一个，不要重名</source>
        <translation>Name of the app, mini-program, official account or work group; one per line, no duplicate names</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>留空视为「是」</source>
        <translation>Empty means &quot;Yes&quot;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>操作</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>留空即「未填」，不计入留痕统计</source>
        <translation>Empty means &quot;not given&quot;: not counted in the trace-leaving figures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>后果</source>
        <translation>Consequence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 最没用，5 最有用</source>
        <translation>1 least useful, 5 most useful</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>方式</source>
        <translation>Method</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{0}」不是可选的选项。</source>
        <translation>&quot;{0}&quot; is not one of the choices.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请从列表中选择。</source>
        <translation>Choose from the list.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>要求来源</source>
        <translation>How it is required</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请删改后再保存。</source>
        <translation>Edit the text, then save again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>应在 {0} 到 {1} 之间。</source>
        <translation>must be between {0} and {1}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请核对数字。</source>
        <translation>Check the number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>应为整数。</source>
        <translation>must be a whole number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请去掉小数部分。</source>
        <translation>Remove the decimal part.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}（版本 {1}）</source>
        <translation>{0} (version {1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>《整治形式主义为基层减负若干规定》(2024)</source>
        <translation>&quot;Several Provisions on Rectifying Formalism and Reducing Burdens at the Grassroots&quot; (2024)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>《政务移动互联网应用程序规范化管理办法》(2026)</source>
        <translation>&quot;Measures for the Standardised Management of Government Mobile Internet Applications&quot; (2026)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>《关于防治“指尖上的形式主义”的若干意见》(2023)</source>
        <translation>&quot;Several Opinions on Preventing and Curbing &apos;Formalism at the Fingertips&apos;&quot; (2023)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>下载非上级要求的应用</source>
        <translation>Downloading apps not required from above</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>安装率、使用率指标</source>
        <translation>Installation and usage rate targets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>定期登录</source>
        <translation>Regular log-ins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>摊派下载注册</source>
        <translation>Download and registration quotas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>关注账号指标</source>
        <translation>Follower targets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>使用未备案应用</source>
        <translation>Using unfiled apps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每日打卡</source>
        <translation>Daily check-ins</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>在线、学习时长计入考核</source>
        <translation>Online and study time in assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>点赞投票计入考核</source>
        <translation>Likes and votes in assessment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不必要的照片轨迹</source>
        <translation>Unnecessary photos and tracks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>截图证明</source>
        <translation>Screenshots as proof</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>线上检查代替实地</source>
        <translation>Online checks instead of on-site visits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>排名通报</source>
        <translation>Circulated rankings</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>各应用单独注册</source>
        <translation>Separate account for each app</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>同一部门多个应用</source>
        <translation>Several apps of one department</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>县级及以下自建应用</source>
        <translation>Apps built at county level or below</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>群内打卡接龙</source>
        <translation>Check-ins and chain replies in groups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>即时响应（含下班后）</source>
        <translation>Instant responses (incl. after hours)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>群内布置任务交材料</source>
        <translation>Tasks and materials via groups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重复工作群</source>
        <translation>Duplicate work groups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>工作群数量上限</source>
        <translation>Limit on work groups</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>功能重叠</source>
        <translation>Overlapping functions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>僵尸或崩溃工具</source>
        <translation>Zombie or crashing tools</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无投诉建议入口</source>
        <translation>No complaint or feedback channel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>用于商业活动</source>
        <translation>Used for commercial activities</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>应为 {0} 到 {1} 之间的整数（最少显示人数只能提高，不能低于 {2}）</source>
        <translation>must be a whole number from {0} to {1} (the minimum group size can only be raised and cannot be below {2})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未填地区</source>
        <translation>NoRegion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>，只计工作日</source>
        <translation>, workdays only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>汇总</source>
        <translation>Aggregate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这段文字里似乎有手机号码。本调查是匿名的，请不要填写任何人的联系方式。</source>
        <translation>This text seems to contain a mobile phone number. This survey is anonymous: do not enter anyone&apos;s contact details.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这段文字里似乎有身份证号码。本调查是匿名的，请删除它。</source>
        <translation>This text seems to contain an ID card number. This survey is anonymous: please delete it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>太长（最多 {0} 个字）。</source>
        <translation>is too long (at most {0} characters).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>含有控制字符或无法显示的字符。</source>
        <translation>contains control characters or characters that cannot be displayed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>分钟数</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>必须是整数。</source>
        <translation>must be a whole number.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请填写 0 到 600 之间的整数。</source>
        <translation>Enter a whole number from 0 to 600.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>为 {0} 分钟，超出允许范围。</source>
        <translation>is {0} minutes, outside the allowed range.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>单个工具一天最多记录 600 分钟（10 小时），请核对后重新填写。</source>
        <translation>A single tool can log at most 600 minutes (10 hours) a day; check and enter it again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} 是将来的日期。</source>
        <translation>{0} is a future date.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>只能记录今天及以前的用时。</source>
        <translation>You can only log minutes for today or earlier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}月{1}日合计</source>
        <translation>Total for {0}/{1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>为 {0} 分钟（{1} 小时），超过一天的 24 小时。</source>
        <translation>is {0} minutes ({1} hours), more than the 24 hours in a day.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请检查这一天各工具的分钟数。</source>
        <translation>Check the minutes of each tool on this day.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>应为 12 位数字。</source>
        <translation>must be 12 digits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>前 6 位是县级代码，后 3 位乡镇、3 位村；不知道可以留空。</source>
        <translation>The first 6 digits are the county code, the next 3 the township and the last 3 the village; leave it empty if you do not know it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>的前 6 位应与所选县区代码 {0} 一致。</source>
        <translation>should begin with the chosen county code {0} in its first 6 digits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请核对代码，或重新选择县区；不知道可以留空。</source>
        <translation>Check the code or choose the county again; leave it empty if you do not know it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>应在 0 到 {0} 之间。</source>
        <translation>must be between 0 and {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请填写应用、公众号或工作群的名称。</source>
        <translation>Enter the name of the app, official account or work group.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请填写简短的名称。</source>
        <translation>Enter a short name.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>您记录了 {0} 个应用/账号，多于常见的 {1} 个，请确认没有重复。</source>
        <translation>You have recorded {0} apps/accounts, more than the usual {1}; make sure there are no duplicates.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>您记录了 {0} 个工作群，多于常见的 {1} 个，请确认没有重复。</source>
        <translation>You have recorded {0} work groups, more than the usual {1}; make sure there are no duplicates.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>平均每天留痕用时 {0} 分钟，多于常见的 {1} 分钟，请核对。</source>
        <translation>Trace-leaving takes {0} minutes a day on average, more than the usual {1} minutes; please check.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{0}」不是整数分钟。</source>
        <translation>&quot;{0}&quot; is not a whole number of minutes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件在传递过程中被改动（解密校验未通过），请让填报人重新导出并发送。</source>
        <translation>The file was altered in transit (the decryption check failed). Ask the respondent to export it and send it again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件在传递过程中被改动或损坏（加密文件的文件头无法读取），请让填报人重新导出并发送。</source>
        <translation>The file was altered or damaged in transit (the encrypted file&apos;s header cannot be read). Ask the respondent to export it and send it again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>口令不正确</source>
        <translation>Wrong passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件无法解密</source>
        <translation>File cannot be decrypted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>口令不正确。</source>
        <translation>The passphrase is wrong.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请检查大小写和输入法（全角/半角）后重新输入。</source>
        <translation>Check upper and lower case and the input mode (full-width/half-width), then enter it again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>口令</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>至少需要 {0} 个字符。</source>
        <translation>must have at least {0} characters.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请用一句只有您知道、不会忘记的话作口令。</source>
        <translation>Use a sentence that only you know and will not forget as the passphrase.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有输入口令。</source>
        <translation>No passphrase entered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请输入创建批次密钥时设定的口令。</source>
        <translation>Enter the passphrase set when the wave key was created.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>保存的私钥不是本程序生成的批次密钥。</source>
        <translation>The stored private key is not a wave key made by this program.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请用创建批次时的数据文件。</source>
        <translation>Use the data file in which the wave was created.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件是加密发给另一把密钥的（密钥编号 {0}），无法用这一批次的密钥解密。</source>
        <translation>The file is encrypted for another key (key ID {0}) and cannot be decrypted with this wave&apos;s key.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请换一个文件夹，或检查U盘是否已插好、是否写保护。</source>
        <translation>Choose another folder, or check that the USB drive is plugged in properly and not write-protected.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调查文件</source>
        <translation>Survey file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>；{0} 份旧版答卷去掉备注后不再带签名</source>
        <translation>; {0} older-version responses no longer carry a signature once their notes are removed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>汇总文件（{0} 份答卷，不含备注等文字{1}）</source>
        <translation>Aggregate file ({0} responses, without notes and other text{1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已加密，密钥编号 {0}</source>
        <translation>Encrypted, key ID {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U盘或磁盘空间已满，请删除一些文件或换一个U盘。</source>
        <translation>The USB drive or disk is full; delete some files or use another USB drive.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U盘处于写保护状态，请拨开U盘侧面的写保护开关，或换一个文件夹。</source>
        <translation>The USB drive is write-protected; slide the write-protect switch on its side, or choose another folder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件可能正被其他程序（杀毒软件、WPS 等）打开，或这个文件夹不允许写入：请关闭它们后重试，或换一个文件夹。</source>
        <translation>The file may be open in another program (antivirus software, WPS, etc.), or this folder does not allow writing: close them and try again, or choose another folder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请先导入这一批次的调查文件。</source>
        <translation>Import this wave&apos;s survey files first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法在本机的数据文件夹中准备导出文件（{0}）。</source>
        <translation>Cannot prepare the export file in the data folder on this computer ({0}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法在本机写完导出文件（{0}）。</source>
        <translation>Cannot finish writing the export file on this computer ({0}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请检查本机磁盘空间后重试；数据本身没有改变。</source>
        <translation>Check the disk space on this computer and try again; the data itself has not changed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件正被其他程序（如杀毒软件）占用，请稍后重试；数据本身没有改变。</source>
        <translation>The file is in use by another program (such as antivirus software); try again later. The data itself has not changed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请检查本机磁盘空间是否已满；数据本身没有改变。</source>
        <translation>Check whether the disk on this computer is full; the data itself has not changed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>加密后的文件太大（{0} MB），超过导入上限。</source>
        <translation>The encrypted file is too large ({0} MB) and exceeds the import limit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请分批次或按乡镇分开导出。</source>
        <translation>Export in parts, by wave or by township.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>批次文件中的公钥无效，无法加密，文件没有导出。</source>
        <translation>The public key in the wave file is invalid, so the file could not be encrypted and was not exported.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请向组织者重新索取批次文件并载入；答卷没有写到任何地方。</source>
        <translation>Ask the organiser for the wave file again and load it; the responses were not written anywhere.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>-待转交加密答卷</source>
        <translation>-encrypted-responses-to-forward</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已收存加密答卷（{0}）：它是加密发给上级组织者的（密钥编号 {1}），本库无法读取，已按单位计入「回收情况」。导出汇总文件时会原样一并转交。</source>
        <translation>Encrypted response kept ({0}): it is encrypted for the organiser above (key ID {1}), so this database cannot read it; it has been counted by unit under &quot;Returns&quot;. It will be forwarded unchanged when you export the aggregate file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未写明单位</source>
        <translation>unit not given</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这份加密答卷（{0}）已收存过，没有重复计数。</source>
        <translation>This encrypted response ({0}) was kept already; it was not counted twice.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>原样转交加密答卷 {0} 份到文件夹 {1}</source>
        <translation>Forwarded {0} encrypted responses unchanged to folder {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法把加密答卷写入文件夹 {0}（{1}）。</source>
        <translation>Cannot write the encrypted responses to folder {0} ({1}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请换一个文件夹，或检查U盘是否已插好、是否写保护；本库保存的加密答卷没有改变。</source>
        <translation>Choose another folder, or check that the USB drive is plugged in properly and not write-protected; the encrypted responses kept in this database have not changed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法撤销这次导入</source>
        <translation>This import cannot be undone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第 {0} 次导入已于 {1} 撤销。</source>
        <translation>Import {0} was undone on {1}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第 {0} 次导入是在本程序升级之前做的，没有留下撤销所需的记录。如需撤销，请在「数据安全」里恢复它之前的备份。</source>
        <translation>Import {0} was made before this program was upgraded and left no record to undo it by. To undo it, restore the backup made before it under Data safety.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>之后的第 {0} 次导入又替换了这次导入的答卷：请先撤销第 {1} 次导入。</source>
        <translation>The later import {0} replaced answers this import brought: undo import {1} first.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第 {0} 次导入没有写入任何答卷，无需撤销。</source>
        <translation>Import {0} wrote no answers: there is nothing to undo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>移除它新增的 {0} 份答卷</source>
        <translation>removed the {0} answers it added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>恢复它替换掉的 {0} 份旧版本</source>
        <translation>restored the {0} earlier versions it replaced</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>删除它收存的 {0} 份加密答卷</source>
        <translation>deleted the {0} sealed answers it kept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已撤销第 {0} 次导入：</source>
        <translation>Import {0} undone: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导入记录里没有第 {0} 次导入。</source>
        <translation>There is no import {0} in the import history.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请刷新「导入记录」后重试。</source>
        <translation>Refresh the import history and try again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>答卷 {0} 被替换的旧版本没有完整保存，无法恢复。</source>
        <translation>The replaced earlier version of answer {0} was not kept whole and cannot be restored.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请在「数据安全」里恢复这次导入之前的备份。</source>
        <translation>Restore the backup made before this import under Data safety.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件由更新版本的程序生成，请升级本程序后再导入。</source>
        <translation>The file was made by a newer version of the program; upgrade this program, then import it again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件已损坏，无法读取（{}）。请让填报人重新导出并发送。</source>
        <translation>The file is damaged and cannot be read ({}). Ask the respondent to export it and send it again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导入已停止；已完成的文件已保存。腾出空间或换到可写的文件夹后，把同一批文件再导入一次即可（已导入的会显示为重复）。</source>
        <translation>Import stopped; the files already done have been saved. Free up space or switch to a writable folder, then import the same files again (those already imported will show as duplicates).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未处理：导入在这个文件处停止，数据库没有写入它的任何内容。</source>
        <translation>Not processed: the import stopped at this file, and nothing from it was written to the database.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>答卷未签名</source>
        <translation>Response not signed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未计入统计：答卷是空的或几乎是空的（没有任何工具和用时），可在「导入答卷」页查看后纳入</source>
        <translation>Not counted: the response is empty or nearly empty (no tools and no minutes); you can review it on the &quot;Import returns&quot; page and include it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已导入</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重复（已跳过）</source>
        <translation>Duplicate (skipped)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已替换旧版本</source>
        <translation>Replaced an older version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>旧版本（已跳过）</source>
        <translation>Older version (skipped)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已拒绝</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导入中断</source>
        <translation>Import stopped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第 {0} 次导入，{1} 个文件</source>
        <translation>Import {0}, {1} files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>；写入的答卷中 {0} 份未签名（旧格式）</source>
        <translation>; {0} of the responses written are unsigned (old format)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>；因无法写入数据库而停止</source>
        <translation>; stopped because the database could not be written</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>解密 {0}（批次 {1}，密钥编号 {2}）</source>
        <translation>Decrypted {0} (wave {1}, key ID {2})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>新增</source>
        <translation>new</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>替换</source>
        <translation>replaced</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>重复</source>
        <translation>duplicate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>旧版本</source>
        <translation>older version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>拒绝</source>
        <translation>refused</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>；其中 {0} 份未签名（旧格式）</source>
        <translation>; {0} of them unsigned (old format)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>；{0} 份{1}</source>
        <translation>; {0} {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>含 {0} 份答卷：{1}</source>
        <translation>{0} responses: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（已取消）</source>
        <translation>; cancelled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件是空的（0 字节），可能传输中断。请让填报人重新发送。</source>
        <translation>The file is empty (0 bytes); the transfer may have been interrupted. Ask the respondent to send it again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不是调查文件：内容不是本程序的数据格式（可能是改了扩展名的文档或图片）。</source>
        <translation>Not a survey file: the content is not in this program&apos;s data format (it may be a document or image with a changed extension).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件不完整（可能传输中断或被截断）。请让填报人重新发送。</source>
        <translation>The file is incomplete (the transfer may have been interrupted or the file truncated). Ask the respondent to send it again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这是旧版程序的数据库，不是调查文件：其中没有清单，无法确定调查批次和答卷版本。请让填报人升级程序后，用「导出调查文件」重新导出。</source>
        <translation>This is a database from an older version of the program, not a survey file: it has no manifest, so its wave and response version cannot be determined. Ask the respondent to upgrade the program and export again with &quot;Export survey file&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>旧格式文件升级后结构仍不一致：{0}</source>
        <translation>The old-format file&apos;s structure still does not match after upgrading: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件的清单格式有误（有的值不是文字），文件可能被改动。</source>
        <translation>The file&apos;s manifest is malformed (some values are not text); the file may have been altered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>问卷</source>
        <translation>questionnaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件已加密，本程序版本无法读取，请升级本程序后再导入。</source>
        <translation>The file is encrypted and this version of the program cannot read it. Upgrade this program, then import again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>清单中的文件类型「{0}」本程序不认识。</source>
        <translation>This program does not recognise the file type &quot;{0}&quot; in the manifest.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>清单中的调查批次编号「{0}」无效。</source>
        <translation>The wave ID &quot;{0}&quot; in the manifest is invalid.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不是文字。</source>
        <translation>is not text.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>个人答卷文件应只含 1 份答卷，清单却列出 {0} 份。</source>
        <translation>A personal response file should hold only 1 response, but the manifest lists {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件中没有答卷。</source>
        <translation>The file holds no responses.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>清单与文件中的答卷不一致（编号、版本或校验值不同），文件可能被改动。</source>
        <translation>The manifest does not match the responses in the file (different ID, version or checksum); the file may have been altered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>加密文件头写的单位「{0}」与答卷中填写的单位不符，文件可能被改动。请让填报人重新导出并发送。</source>
        <translation>The unit &quot;{0}&quot; in the encrypted file&apos;s header does not match the unit entered in the response; the file may have been altered. Ask the respondent to export and send it again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>汇总文件声明只含区划 {0} 的答卷，答卷 {1} 却属于{2}：文件可能被改动或伪造。</source>
        <translation>The aggregate file declares it holds only responses from division {0}, but response {1} belongs to {2}: the file may have been altered or forged.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法写入数据库：{0}，没有导入任何文件。</source>
        <translation>Cannot write to the database: {0}. No files were imported.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法写入数据库：{0}。</source>
        <translation>Cannot write to the database: {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不是本程序生成的调查文件（缺少结构版本记录）。</source>
        <translation>Not a survey file made by this program (the structure version record is missing).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件的结构版本记录不完整或顺序异常，可能被改动。</source>
        <translation>The file&apos;s structure version record is incomplete or out of order; the file may have been altered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>加密文件头写的是批次「{0}」，里面的清单却是批次「{1}」，文件可能被改动。</source>
        <translation>The encrypted file&apos;s header names wave &quot;{0}&quot;, but the manifest inside names wave &quot;{1}&quot;; the file may have been altered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>旧格式文件无法升级：{0}</source>
        <translation>The old-format file cannot be upgraded: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件的清单缺少「{0}」，文件不完整。</source>
        <translation>The file&apos;s manifest lacks &quot;{0}&quot;; the file is incomplete.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件的清单格式有误（格式版本不是数字）。</source>
        <translation>The file&apos;s manifest is malformed (the format version is not a number).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>清单中的{0}版本「{1}」无效，文件可能被改动。</source>
        <translation>The {0} version &quot;{1}&quot; in the manifest is invalid; the file may have been altered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件使用了更新版本的{0}（{1}，本程序为 {2}），请升级本程序后再导入。</source>
        <translation>The file uses a newer {0} version ({1}; this program has {2}). Upgrade this program, then import again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调查批次名称「{0}」{1}文件可能被改动。</source>
        <translation>The wave name &quot;{0}&quot; {1} The file may have been altered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>答卷 {0} 的校验值格式不对，文件可能被改动。</source>
        <translation>The checksum of response {0} is malformed; the file may have been altered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>答卷 {0} 的内容与校验值不符，文件可能被改动。</source>
        <translation>The content of response {0} does not match its checksum; the file may have been altered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>答卷 {0} 的{1}有内容，但它的校验值（第 {2} 版）不包括这些内容，文件可能被改动。</source>
        <translation>Response {0} has content in {1}, but its checksum (version {2}) does not cover it; the file may have been altered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{0}」表</source>
        <translation>&quot;{0}&quot; sheet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> {0}.{1} 列</source>
        <translation> column {0}.{1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法合并这个文件（{0}）。</source>
        <translation>Cannot merge this file ({0}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>有签名的第 {0} 版替换了未签名的版本（旧版本已存入历史）。</source>
        <translation>Signed version {0} replaced the unsigned version (the old version was saved to history).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>答卷编号 {0} 已属于调查批次「{1}」，不能再用于「{2}」。</source>
        <translation>Response ID {0} already belongs to wave &quot;{1}&quot; and cannot also be used for &quot;{2}&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>答卷 {0} 已有填报人签名的版本，这个文件{1}，不能替换它（文件可能是伪造的）。</source>
        <translation>Response {0} already has a version signed by the respondent; this file {1} and cannot replace it (the file may be forged).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>与已导入的答卷（第 {0} 版）内容相同。</source>
        <translation>Same content as the imported response (version {0}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}（旧格式文件，{1}）</source>
        <translation>{0} (old-format file, {1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>（拒绝的答卷：</source>
        <translation>(refused responses:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>完整性检查未通过：{0}</source>
        <translation>integrity check failed: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法读取这个文件：{0}。</source>
        <translation>Cannot read this file: {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>结构中有无法识别的文字</source>
        <translation>unreadable text in the structure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件结构异常，读取时内存不足</source>
        <translation>abnormal file structure; out of memory while reading</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>答卷 {0} 的{1}：文件被改动，或不是这位填报人的电脑导出的。</source>
        <translation>Response {0}: {1}. The file was altered, or was not exported on this respondent&apos;s computer.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调查批次「{0}」的保留期限（至 {1}）已过，这一批次的答卷已按规定销毁，不再接收它的文件。</source>
        <translation>The retention period of wave &quot;{0}&quot; (until {1}) has passed; its responses were destroyed as required, and its files are no longer accepted.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>第 {0} 版替换了已导入的第 {1} 版（旧版本已存入历史）。</source>
        <translation>Version {0} replaced the imported version {1} (the old version was saved to history).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>未知的调查批次「{0} {1}」：请先新建这个批次，或勾选「自动登记新批次」后重新导入。</source>
        <translation>Unknown wave &quot;{0} {1}&quot;: create this wave first, or tick &quot;Register new waves automatically&quot; and import again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已导入更新的第 {0} 版，这个文件是第 {1} 版。</source>
        <translation>Newer version {0} is already imported; this file is version {1}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>答卷 {0} 的第 {1} 版已导入，但内容不同。请让填报人重新导出（版本号会增加）后再发送。</source>
        <translation>Version {1} of response {0} is already imported, but with different content. Ask the respondent to export again (the version number will go up) and send it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>清单</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>清单答卷</source>
        <translation>Manifest responses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>整数</source>
        <translation>integer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>小数</source>
        <translation>decimal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文字</source>
        <translation>text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>二进制数据</source>
        <translation>binary data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>空值</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数字</source>
        <translation>number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{0}」表（{1}）有本程序不会写入的值。</source>
        <translation>The &quot;{0}&quot; table ({1}) holds values this program would not write.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「每日用时」{0} 一天合计 {1} 分钟，超过一天的 1440 分钟。</source>
        <translation>&quot;Daily minutes&quot; on {0} add up to {1} minutes, more than the 1440 minutes in a day.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{0}」有一项{1}下有 {2} 行，最多 {3} 行：这不像是填报的答卷，文件可能被改动。</source>
        <translation>&quot;{0}&quot; has {2} rows under one {1}, but at most {3} are allowed: this does not look like a filled-in response; the file may have been altered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{0}」表（{1}）的 {2} 列有无法识别的文字（不是 UTF-8 编码），文件可能已损坏。</source>
        <translation>The {2} column of the &quot;{0}&quot; table ({1}) holds unreadable text (not UTF-8); the file may be damaged.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「每日用时」有将来的日期 {value}（今天是 {today}）。</source>
        <translation>&quot;Daily minutes&quot; has a future date {value} (today is {today}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「规定对照」的补充回答不是本程序会写的：「{value}」。</source>
        <translation>A follow-up answer in &quot;Rule check&quot; is not one this program would write: &quot;{value}&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{0}」的「{1}」中：{2}请填报人删去后重新导出。</source>
        <translation>In &quot;{1}&quot; of &quot;{0}&quot;: {2} Ask the respondent to delete it and export again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>「{0}」表（{1}）有无法识别的文字。</source>
        <translation>The &quot;{0}&quot; table ({1}) holds unreadable text.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这不是普通文件（可能是设备或管道），未导入；请选择调查文件本身。</source>
        <translation>This is not a regular file (it may be a device or pipe) and was not imported. Choose the survey file itself.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调查文件未导入</source>
        <translation>Survey file not imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件太大（{0}，上限 {1}），不像调查文件。</source>
        <translation>The file is too large ({0}, limit {1}) to be a survey file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>压缩包里有 {0} 个文件，超过上限 {1} 个；请分成几个压缩包。</source>
        <translation>The archive holds {0} files, more than the limit of {1}. Split it into several archives.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>压缩包解压后共 {0} GB，超过上限 1 GB；请分成几个压缩包。</source>
        <translation>The archive unpacks to {0} GB, more than the 1 GB limit. Split it into several archives.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>压缩包里没有 {0} 调查文件。</source>
        <translation>The archive holds no {0} survey files.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>压缩包中的「{0}」指向压缩包以外的位置，为安全起见整个压缩包未导入。</source>
        <translation>&quot;{0}&quot; in the archive points outside the archive; for safety, the whole archive was not imported.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>压缩包中的「{0}」是符号链接，为安全起见整个压缩包未导入。</source>
        <translation>&quot;{0}&quot; in the archive is a symbolic link; for safety, the whole archive was not imported.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>压缩包中的「{0}」设有密码；请先解压，再导入文件夹。</source>
        <translation>&quot;{0}&quot; in the archive is password-protected. Unpack it first, then import the folder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>压缩包中的「{0}」{1}</source>
        <translation>&quot;{0}&quot; in the archive: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>压缩包中的「{0}」压缩比超过 {1} 倍，疑似「压缩炸弹」，为安全起见整个压缩包未导入。</source>
        <translation>&quot;{0}&quot; in the archive has a compression ratio over {1} and may be a &quot;zip bomb&quot;; for safety, the whole archive was not imported.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法从压缩包中解压这个文件（{0}），压缩包可能已损坏。</source>
        <translation>Cannot extract this file from the archive ({0}); the archive may be damaged.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>找不到这个文件或文件夹。</source>
        <translation>This file or folder cannot be found.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件夹里没有 {0} 调查文件。</source>
        <translation>The folder holds no {0} survey files.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法打开压缩包（{0}），文件可能已损坏或不是 zip 格式。</source>
        <translation>Cannot open the archive ({0}); the file may be damaged or not in zip format.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>这是符号链接（快捷方式），未导入；请直接选择原文件。</source>
        <translation>This is a symbolic link (shortcut) and was not imported. Choose the original file directly.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>缺少参与码：这一批次要求每份答卷附上组织者发的参与码。请让填报人在导出时输入纸条上的参与码。</source>
        <translation>Participation code missing: this wave requires every response to carry a participation code issued by the organiser. Ask the respondent to enter the code on their slip when exporting.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>参与码 {0} 不是这一批次发出的，答卷未导入。请让填报人核对纸条。</source>
        <translation>Participation code {0} was not issued for this wave; the response was not imported. Ask the respondent to check their slip.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>参与码 {0} 已被另一份答卷使用，每个参与码只能用一次。</source>
        <translation>Participation code {0} has already been used by another response; each code can be used only once.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>应为 {0} 位（如 {1}），只含纸条上印的字母和数字。</source>
        <translation>must be {0} characters (e.g. {1}), only the letters and digits printed on the slip.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请照纸条逐位输入；没有纸条可以不填。</source>
        <translation>Type it character by character from the slip; leave it empty if you have no slip.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>份数</source>
        <translation>Number of codes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>至少要为一个单位生成一个参与码。</source>
        <translation>must be at least 1 for at least one unit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每个单位最多 {0} 个。</source>
        <translation>can be at most {0} per unit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生成参与码 {0} 个（{1} 个单位）</source>
        <translation>Made {0} participation codes ({1} units)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出未完成</source>
        <translation>Export not completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所选的批次文件没有公钥，无法加密。</source>
        <translation>The chosen wave file has no public key, so the export cannot be encrypted.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请向上级组织者索取含密钥的批次文件，或不选批次文件直接导出。</source>
        <translation>Ask the organiser above for a wave file with a key, or export without choosing a wave file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>所选的批次文件属于批次「{0}」，而汇总的是批次「{1}」。</source>
        <translation>The chosen wave file belongs to wave &quot;{0}&quot;, but the aggregate is for wave &quot;{1}&quot;.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请选择上级为这一批次发出的批次文件。</source>
        <translation>Choose the wave file your superiors issued for this wave.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>签名或公钥缺失</source>
        <translation>signature or public key missing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>答卷编号与签名公钥不符</source>
        <translation>response ID does not match the signing key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>签名无效</source>
        <translation>invalid signature</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请向组织者重新索取批次文件。</source>
        <translation>Ask the organiser for the wave file again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>批次文件无法使用</source>
        <translation>Wave file cannot be used</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>含公钥，密钥编号 {0}</source>
        <translation>with public key, key ID {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无密钥，调查文件不加密</source>
        <translation>no key; survey files are not encrypted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>写出批次文件 {0}（{1}）</source>
        <translation>Wrote wave file {0} ({1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>批次文件 {0} 中的「{1}」{2}，文件可能已损坏或被改动。</source>
        <translation>In wave file {0}, &quot;{1}&quot; {2}; the file may be damaged or altered.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} 不是批次文件（「format」应为 {1}）。</source>
        <translation>{0} is not a wave file (&quot;format&quot; should be {1}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不是有效的格式版本号</source>
        <translation>is not a valid format version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>批次文件 {0} 由更新版本的程序生成。</source>
        <translation>Wave file {0} was made by a newer version of the program.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请升级本程序后再载入。</source>
        <translation>Upgrade this program, then load it again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本库保存着批次「{0}」的私钥（密钥编号 {1}），是组织者的数据库，不能换成另一把密钥（{2}）。</source>
        <translation>This database holds the private key of wave &quot;{0}&quot; (key ID {1}); it is the organiser&apos;s database and cannot switch to another key ({2}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>组织者不需要载入批次文件；若要换密钥，请新建一个调查批次。</source>
        <translation>The organiser does not need to load wave files. To change the key, create a new wave.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本库中批次「{0}」已有另一把密钥（密钥编号 {1}），这份批次文件的密钥编号是 {2}。</source>
        <translation>In this database, wave &quot;{0}&quot; already has another key (key ID {1}); this wave file&apos;s key ID is {2}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请打电话向组织者核对密钥编号，确认哪一份批次文件是正确的；不要载入来历不明的批次文件。</source>
        <translation>Phone the organiser to check the key ID and confirm which wave file is correct. Do not load wave files of unknown origin.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调查文件将加密，密钥编号 {0}</source>
        <translation>survey files will be encrypted, key ID {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>载入批次文件 {0}（{1}）</source>
        <translation>Loaded wave file {0} ({1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>按批次文件定下调查时段：{0}（原为{1}）；这一批次已导入的 {2} 份答卷已按它重新计算</source>
        <translation>Survey period set from the wave file: {0} (was {1}); the {2} responses already imported for this wave were recalculated with it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本库是组织者的数据库，批次已定调查时段（{0}），与批次文件（{1}）不同，保留本库的</source>
        <translation>This is the organiser&apos;s database and the wave&apos;s survey period is already set ({0}), unlike the wave file ({1}); this database&apos;s period is kept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不是有效的批次编号（只能包含字母、数字、- 和 _）</source>
        <translation>is not a valid wave ID (only letters, digits, - and _ are allowed)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>早于调查开始日期</source>
        <translation>is earlier than the survey start date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>应为 true 或 false</source>
        <translation>must be true or false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不是本程序认识的抽样方式</source>
        <translation>is not a sampling method this program knows</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不是单位名称的列表</source>
        <translation>is not a list of unit names</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请换一个文件夹，或检查U盘是否写保护。</source>
        <translation>Choose another folder, or check whether the USB drive is write-protected.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>批次文件 {0} 太大（{1} MB），不像批次文件。</source>
        <translation>Wave file {0} is too large ({1} MB) to be a wave file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>批次文件 {0} 太大，不像批次文件。</source>
        <translation>Wave file {0} is too large to be a wave file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法读取批次文件 {0}（{1}）。</source>
        <translation>Cannot read wave file {0} ({1}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请检查文件是否存在。</source>
        <translation>Check that the file exists.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} 不是批次文件：内容不是本程序的批次文件格式（可能已损坏或被改动）。</source>
        <translation>{0} is not a wave file: its content is not in this program&apos;s wave file format (it may be damaged or altered).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>经确认替换批次密钥：密钥编号 {0} 换为 {1}</source>
        <translation>Wave key replaced after confirmation: key ID {0} changed to {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件无密钥，沿用已有密钥 {0}，调查文件仍加密</source>
        <translation>the file has no key; the existing key {0} is kept and survey files are still encrypted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>批次文件 {0} {1}</source>
        <translation>Wave file {0}: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>批次文件 {0}：{1}</source>
        <translation>Wave file {0}: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>缺失或不是有效的文字</source>
        <translation>is missing or not valid text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不是有效的文字</source>
        <translation>is not valid text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不是有效的日期（应为 2026-11-01 这样的格式）</source>
        <translation>is not a valid date (use the form 2026-11-01)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>缺失（文件有密钥编号却没有公钥）</source>
        <translation>is missing (the file has a key ID but no public key)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不是有效的公钥</source>
        <translation>is not a valid public key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>与公钥不符</source>
        <translation>does not match the public key</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>批次文件 {0} </source>
        <translation>Wave file {0} </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件是加密发给另一位组织者的（密钥编号 {0}），本库没有对应的密钥。请把文件转交给发出这一批次文件的组织者；如果应由您导入，请让填报人载入您发出的批次文件后重新导出。</source>
        <translation>The file is encrypted for another organiser (key ID {0}), and this database does not hold its key. Pass the file on to the organiser who issued this wave file. If you should import it, ask the respondent to load the wave file you issued and export again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件已加密（批次 {0}）。请输入这一批次的口令后再导入。</source>
        <translation>The file is encrypted (wave {0}). Enter this wave&apos;s passphrase, then import again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请先登记这个批次，再为它生成密钥。</source>
        <translation>Register this wave first, then make a key for it.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>批次「{0}」已有密钥（密钥编号 {1}），不能更换。</source>
        <translation>Wave &quot;{0}&quot; already has a key (key ID {1}); it cannot be changed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>已发出的批次文件和已加密的调查文件都依赖这把密钥；如需新密钥，请新建一个批次。</source>
        <translation>Wave files already issued and survey files already encrypted depend on this key. If you need a new key, create a new wave.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>生成批次密钥，密钥编号 {0}</source>
        <translation>Made wave key, key ID {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>本库没有批次「{0}」的私钥，无法解密。</source>
        <translation>This database does not hold the private key of wave &quot;{0}&quot;, so it cannot decrypt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>加密的调查文件只能在生成批次密钥的组织者的数据文件中导入。</source>
        <translation>Encrypted survey files can only be imported into the data file of the organiser who made the wave key.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>批次「{0}」的{1}</source>
        <translation>Wave &quot;{0}&quot;: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请腾出磁盘空间、确认文件夹可以写入（不是写保护的U盘或只读的网络盘），或把数据文件复制到本机的文件夹后再打开。</source>
        <translation>Free up disk space, make sure the folder can be written to (not a write-protected USB drive or read-only network drive), or copy the data file to a folder on this computer and open it there.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>操作未完成</source>
        <translation>Operation not completed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>输入有误</source>
        <translation>Invalid input</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法打开数据文件</source>
        <translation>Cannot open the data file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>磁盘空间已满</source>
        <translation>the disk is full</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件或所在的文件夹是只读的</source>
        <translation>the file or its folder is read-only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法打开或新建文件（文件夹可能是只读的、已移走，或没有写入权限）</source>
        <translation>cannot open or create the file (the folder may be read-only or moved, or you lack write permission)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有写入权限</source>
        <translation>no write permission</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>读写磁盘出错（U盘或网络盘可能已断开）</source>
        <translation>disk read or write error (a USB drive or network drive may have been disconnected)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>文件正被另一个程序使用</source>
        <translation>the file is in use by another program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}（文件：{1}）</source>
        <translation>{0} (file: {1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不是普通文件（可能是设备、管道或文件夹），未读取</source>
        <translation>not a regular file (it may be a device, pipe or folder); not read</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>不是普通文件（可能是设备、管道或文件夹）：{0}</source>
        <translation>Not a regular file (it may be a device, pipe or folder): {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>请切换到已经打开的窗口；如果确定没有打开，请重启电脑后再试。</source>
        <translation>Switch to the window that is already open. If you are sure none is open, restart the computer and try again.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数据文件正在使用</source>
        <translation>Data file in use</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>另一个「指尖减负调查」窗口或命令正在使用这个数据文件（{0}）。</source>
        <translation>Another &quot;Burden Survey&quot; window or command is using this data file ({0}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法在数据文件旁建立锁文件（{0}；文件：{1}）。</source>
        <translation>Cannot create a lock file next to the data file ({0}; file: {1}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>启动 指尖减负调查 %s（Python %s，%s）</source>
        <translation>Starting Burden Survey %s (Python %s, %s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>程序出错，报告如下：
%s</source>
        <translation>The program ran into an error. Report follows:
%s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>无法建立临时文件夹 {0}</source>
        <translation>Cannot create temporary folder {0}</translation>
    </message>
</context>
<context>
    <name>steps</name>
    <message>
        <location filename="../../ui/cadre/steps.py" line="+17"/>
        <source>基本情况</source>
        <translation>Profile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>数字任务</source>
        <translation>Digital duties</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>每日用时</source>
        <translation>Daily minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>摊派下载</source>
        <translation>Download quotas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>规定对照</source>
        <translation>Rule check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>导出</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../ui/common/core_strings.py" line="-802"/>
        <source>已填</source>
        <translation>filled in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>待填</source>
        <translation>to do</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>没有可不填</source>
        <translation>optional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} 项</source>
        <translation>{0} listed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} 天</source>
        <translation>{0} day(s)</translation>
    </message>
</context>
<context>
    <name>undo</name>
    <message>
        <location line="+11"/>
        <source>撤销</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>撤销：{0}（Ctrl+Z）</source>
        <translation>Undo: {0} (Ctrl+Z)</translation>
    </message>
</context>
<context>
    <name>workdays</name>
    <message>
        <location line="-104"/>
        <source>元旦</source>
        <translation>New Year&apos;s Day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>春节</source>
        <translation>Spring Festival</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>清明节</source>
        <translation>Qingming Festival</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>劳动节</source>
        <translation>Labour Day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>端午节</source>
        <translation>Dragon Boat Festival</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>国庆节</source>
        <translation>National Day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>中秋节</source>
        <translation>Mid-Autumn Festival</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>抗战胜利纪念日</source>
        <translation>Victory Day</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>调休上班</source>
        <translation>Make-up workday</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>节假日</source>
        <translation>Public holiday</translation>
    </message>
</context>
</TS>
