// The refusal table and its two renderings. The advice names the limits as
// configured, so the page never contradicts the flags the server runs with.
#include "checker/serve/refusal.h"

#include <nlohmann/json.hpp>

#include "checker/output/html_escape.h"
#include "checker/serve/html_page.h"

namespace reportlint {
namespace {

struct RefusalText {
  Refusal refusal;
  int status;
  const char* headline_zh;
  const char* headline_en;
  // {files}, {mib} and {seconds} stand for the limits.
  const char* advice_zh;
  const char* advice_en;
};

constexpr RefusalText kRefusals[] = {
    {Refusal::kNoFile, 400, "没有收到文件", "No file was received",
     "请选择一个或多个报告文件，再点击“检查”。",
     "Choose one or more report files, then press Check."},
    {Refusal::kNotAForm, 400, "请求无法识别", "The request could not be read",
     "请在上传页面选择文件后提交（表单字段 report，multipart/form-data）。",
     "Send the files from the upload page (form field report, multipart/form-data)."},
    {Refusal::kTooLarge, 413, "上传的文件太大", "The upload is too large",
     "每次上传的文件合计不能超过 {mib} MB。请分几次上传，或减小文件（例如删去图片后另存）。",
     "The files of one upload may not exceed {mib} MB in all. Upload them in several "
     "goes, or make them smaller (for instance without pictures)."},
    {Refusal::kTooManyFiles, 413, "上传的文件太多", "Too many files",
     "每次最多上传 {files} 个文件，请分几次上传。",
     "At most {files} files can be checked at a time: upload them in several goes."},
    {Refusal::kUnsupportedType, 415, "无法读取这种文件", "This kind of file cannot be read",
     "可检查的格式：Word（.docx）、PDF、网页（.html、.htm）、文本（.txt、.md）。"
     ".doc 和 .wps 文件请在 Word 或 WPS 中“另存为” .docx 后再上传。",
     "reportlint reads Word (.docx), PDF, web pages (.html, .htm) and text (.txt, .md). "
     "Open a .doc or .wps file in Word or WPS and save it as .docx first."},
    {Refusal::kUnreadable, 422, "无法读取这个文件", "The file could not be read",
     "文件可能已损坏，或内容与扩展名不符（例如把 .doc 改名为 .docx）。"
     "请在 Word 或 WPS 中打开，另存后再上传。",
     "The file may be damaged, or not what its extension says (a .doc renamed to .docx, "
     "say). Open it in Word or WPS, save it again and upload that."},
    {Refusal::kBusy, 503, "检查服务正忙", "The checker is busy",
     "同时等待检查的报告太多，请稍后再试。",
     "Too many reports are waiting to be checked: try again in a moment."},
    {Refusal::kLate, 504, "检查超时", "The check took too long",
     "报告未能在 {seconds} 秒内检查完毕。请稍后再试，或分几次上传。",
     "The reports could not be checked within {seconds} seconds. Try again later, or "
     "upload fewer files at a time."},
    {Refusal::kNoHtmlFormat, 501, "此版本不能生成网页形式的检查结果",
     "This build cannot write the report page",
     "请改用 JSON 结果（/check?format=json），或在命令行运行 reportlint check。",
     "Ask for JSON instead (/check?format=json), or run reportlint check."},
    {Refusal::kNotFound, 404, "没有这个页面", "There is no such page",
     "请从上传页面开始。", "Start from the upload page."},
    {Refusal::kWrongMethod, 405, "不支持这种请求", "This request is not supported here",
     "请从上传页面提交文件。", "Send the files from the upload page."},
    {Refusal::kInternal, 500, "检查时出错", "Something went wrong while checking",
     "这是 reportlint 的问题。请把文件和下面的信息告诉维护人员。",
     "This is a fault in reportlint: please send the file and the text below to its "
     "maintainers."},
};

const RefusalText& TextOf(Refusal refusal) {
  for (const RefusalText& t : kRefusals) {
    if (t.refusal == refusal) return t;
  }
  return kRefusals[0];  // unreachable: every Refusal has a row
}

void ReplaceAll(std::string* text, const std::string& from, const std::string& to) {
  for (size_t at = 0; (at = text->find(from, at)) != std::string::npos; at += to.size()) {
    text->replace(at, from.size(), to);
  }
}

std::string Advice(const RefusalText& t, const std::string& lang, const ServeLimits& limits) {
  std::string advice = ByLang(lang, t.advice_zh, t.advice_en);
  ReplaceAll(&advice, "{files}", std::to_string(limits.max_files));
  ReplaceAll(&advice, "{mib}", std::to_string(limits.max_upload_bytes >> 20));
  ReplaceAll(&advice, "{seconds}",
             std::to_string(std::chrono::duration_cast<std::chrono::seconds>(limits.deadline)
                                .count()));
  return advice;
}

}  // namespace

int StatusOf(Refusal refusal) { return TextOf(refusal).status; }

std::string RefusalPage(Refusal refusal, const std::string& lang, const ServeLimits& limits,
                        const std::vector<std::string>& details) {
  const RefusalText& t = TextOf(refusal);
  std::string headline = ByLang(lang, t.headline_zh, t.headline_en);
  std::string out = PageStart(lang, headline);
  out += "<div class=\"error\" data-status=\"" + std::to_string(t.status) + "\">\n<h1>" +
         HtmlEscape(headline) + "</h1>\n<p>" + HtmlEscape(Advice(t, lang, limits)) + "</p>\n";
  for (const std::string& d : details) out += "<p class=\"detail\">" + HtmlEscape(d) + "</p>\n";
  out += "</div>\n<p><a href=\"" + HomeLink(lang) + "\">" +
         ByLang(lang, "返回上传页面", "Back to the upload page") + "</a></p>\n";
  out += PageEnd();
  return out;
}

std::string RefusalJson(Refusal refusal, const std::string& lang, const ServeLimits& limits,
                        const std::vector<std::string>& details) {
  const RefusalText& t = TextOf(refusal);
  nlohmann::ordered_json j;
  j["schema"] = "reportlint-serve-error/1";
  j["status"] = t.status;
  j["error"] = ByLang(lang, t.headline_zh, t.headline_en);
  j["advice"] = Advice(t, lang, limits);
  j["details"] = details;
  return j.dump(2, ' ', false, nlohmann::ordered_json::error_handler_t::replace) + "\n";
}

}  // namespace reportlint
