// The upload page's text in both languages and its script. The script only
// improves the form: it puts dropped files into the file input and warns of
// what the server would refuse; the server checks everything again.
#include "checker/serve/upload_page.h"

#include "checker/output/html_escape.h"
#include "checker/serve/html_page.h"

namespace reportlint {

const char kAcceptedExtensions[] =
    ".docx,.docm,.pdf,.html,.htm,.xhtml,.shtml,.txt,.md,.markdown";

namespace {

// Reads its texts from the form's data- attributes, so it is one script for
// both languages.
constexpr const char* kScript = R"js(
(function () {
  var form = document.getElementById('upload');
  var input = document.getElementById('report');
  var drop = document.getElementById('drop');
  var list = document.getElementById('files');
  var warn = document.getElementById('warn');
  var button = document.getElementById('go');
  var maxFiles = +form.dataset.maxFiles, maxBytes = +form.dataset.maxBytes;
  var accepted = input.accept.split(',');
  var dropped = null;  // files of a drop the input would not take
  var label = button.textContent;
  function chosen() { return dropped || input.files; }
  function show() {
    var files = chosen(), total = 0, problems = [];
    list.textContent = '';
    for (var i = 0; i < files.length; i++) {
      var f = files[i], li = document.createElement('li');
      var dot = f.name.lastIndexOf('.');
      var ext = dot < 0 ? '' : f.name.slice(dot).toLowerCase();
      li.textContent = f.name + ' — ' + Math.max(1, Math.round(f.size / 1024)) + ' KB';
      if (accepted.indexOf(ext) < 0) {
        li.className = 'warn';
        problems.push(form.dataset.msgType.replace('%s', f.name));
      }
      list.appendChild(li);
      total += f.size;
    }
    if (files.length > maxFiles) problems.push(form.dataset.msgCount);
    if (total > maxBytes) problems.push(form.dataset.msgSize);
    warn.textContent = problems.join(' ');
    button.disabled = files.length === 0 || files.length > maxFiles || total > maxBytes;
  }
  input.addEventListener('change', function () { dropped = null; show(); });
  ['dragenter', 'dragover'].forEach(function (t) {
    document.addEventListener(t, function (e) {
      e.preventDefault();
      drop.classList.add('over');
    });
  });
  ['dragleave', 'drop'].forEach(function (t) {
    document.addEventListener(t, function (e) {
      e.preventDefault();
      drop.classList.remove('over');
    });
  });
  document.addEventListener('drop', function (e) {
    if (!e.dataTransfer || !e.dataTransfer.files.length) return;
    dropped = null;
    try { input.files = e.dataTransfer.files; } catch (err) { dropped = e.dataTransfer.files; }
    if (input.files.length !== e.dataTransfer.files.length) dropped = e.dataTransfer.files;
    show();
  });
  form.addEventListener('submit', function (e) {
    button.disabled = true;
    button.textContent = form.dataset.msgBusy;
    if (!dropped) return;  // the form posts the input's files itself
    // A browser that cannot set the input: post the dropped files ourselves.
    e.preventDefault();
    var data = new FormData();
    for (var i = 0; i < dropped.length; i++) data.append('report', dropped[i], dropped[i].name);
    fetch(form.action, { method: 'POST', body: data }).then(function (r) { return r.text(); })
      .then(function (html) { document.open(); document.write(html); document.close(); });
  });
  // Back from the report page, the browser may restore this page as it was left.
  window.addEventListener('pageshow', function () { button.textContent = label; show(); });
  show();
})();
)js";

}  // namespace

std::string UploadPage(const std::string& lang, const ServeLimits& limits) {
  const bool en = lang == "en";
  const std::string mib = std::to_string(limits.max_upload_bytes >> 20);
  const std::string files = std::to_string(limits.max_files);
  std::string out = PageStart(lang, ByLang(lang, "检查政府信息公开工作年度报告",
                                           "Check a government information disclosure annual report"));
  out += en ? "<a class=\"lang\" href=\"/\" lang=\"zh-CN\">中文</a>\n"
            : "<a class=\"lang\" href=\"/?lang=en\" lang=\"en\">English</a>\n";
  out += ByLang(lang, "<h1>检查政府信息公开工作年度报告</h1>\n",
                "<h1>Check a government information disclosure annual report</h1>\n");
  out += ByLang(lang,
                "<p>选择或拖入报告文件，点击“检查”，即可看到每一处问题在报告中的位置。</p>\n",
                "<p>Choose or drop the report files and press Check to see every finding "
                "where it is in the report.</p>\n");
  out += "<form id=\"upload\" method=\"post\" enctype=\"multipart/form-data\" action=\"";
  out += en ? "/check?lang=en" : "/check";
  out += "\" data-max-files=\"" + files + "\" data-max-bytes=\"" +
         std::to_string(limits.max_upload_bytes) + "\"";
  out += " data-msg-type=\"" +
         HtmlEscape(en ? "%s cannot be checked: save it as .docx, .pdf, .html or .txt."
                       : "无法检查 %s：请另存为 .docx、.pdf、.html 或 .txt 后再上传。") + "\"";
  out += " data-msg-count=\"" +
         HtmlEscape(en ? "At most " + files + " files at a time."
                       : "每次最多 " + files + " 个文件。") + "\"";
  out += " data-msg-size=\"" +
         HtmlEscape(en ? "At most " + mib + " MB at a time." : "每次合计最多 " + mib + " MB。") +
         "\"";
  out += " data-msg-busy=\"" + std::string(ByLang(lang, "正在检查…", "Checking…")) + "\">\n";
  out += "<label class=\"drop\" id=\"drop\">";
  out += ByLang(lang, "将报告文件拖到这里，或点击选择文件", "Drop report files here, or click to choose");
  out += "\n<input type=\"file\" id=\"report\" name=\"report\" multiple accept=\"";
  out += kAcceptedExtensions;
  out += "\"></label>\n<ul class=\"files\" id=\"files\"></ul>\n<p class=\"warn\" id=\"warn\"></p>\n";
  out += "<button type=\"submit\" id=\"go\">";
  out += ByLang(lang, "检查", "Check");
  out += "</button>\n</form>\n<p class=\"note\">";
  if (en) {
    out += "Checked: Word (.docx), PDF, web pages (.html, .htm) and text (.txt, .md). "
           ".doc and .wps cannot be read: save them as .docx in Word or WPS. At most " +
           files + " files and " + mib +
           " MB at a time. The files are checked in memory on this computer and never "
           "saved.";
  } else {
    out += "可检查的格式：Word（.docx）、PDF、网页（.html、.htm）、文本（.txt、.md）。"
           "不能读取 .doc 和 .wps：请在 Word 或 WPS 中另存为 .docx。每次最多 " +
           files + " 个文件，合计 " + mib + " MB。文件只在本机内存中检查，不会保存。";
  }
  out += "</p>\n<script>";
  out += kScript;
  out += "</script>\n";
  out += PageEnd();
  return out;
}

}  // namespace reportlint
