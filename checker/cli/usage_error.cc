// UsageErrorMessage (usage_error.h). CLI11 tells the kind of error by its
// type and the details in English text of a fixed form ("--format: foo not in
// {…}"); those forms are read here, and any other error keeps CLI11's words
// after a translated lead.
#include "checker/cli/usage_error.h"

#include <fmt/format.h>

#include <algorithm>

#include "checker/util/did_you_mean.h"

namespace reportlint {
namespace {

// The subcommand being parsed when the error came (nullptr: the tool itself).
const CLI::App* ParsedSubcommand(const CLI::App* app) {
  std::vector<const CLI::App*> parsed = app->get_subcommands(
      [](const CLI::App* sub) { return sub->parsed(); });
  return parsed.empty() ? nullptr : parsed.front();
}

std::vector<std::string> SubcommandNames(const CLI::App* app) {
  std::vector<std::string> names;
  for (const CLI::App* sub : app->get_subcommands({})) names.push_back(sub->get_name());
  return names;
}

// Every "--long" and "-s" name of `cmd`'s options.
std::vector<std::string> OptionNames(const CLI::App* cmd) {
  std::vector<std::string> names;
  for (const CLI::Option* opt : cmd->get_options({})) {
    for (const std::string& l : opt->get_lnames()) names.push_back("--" + l);
    for (const std::string& s : opt->get_snames()) names.push_back("-" + s);
  }
  return names;
}

std::string DidYouMean(const std::string& word, const std::vector<std::string>& candidates,
                       bool en) {
  // Two letters are within the distance of any other two ("fr" → "zh"): no guess.
  if (word.size() <= 2) return "";
  std::string best = ClosestMatch(word, candidates);
  if (best.empty()) return "";
  return en ? fmt::format("; did you mean `{}`?", best) : fmt::format("；是否要用 `{}`？", best);
}

// "--format: foo not in {text,json}" -> the option, the value, the allowed values.
bool ReadNotIn(const std::string& what, std::string* option, std::string* value,
               std::vector<std::string>* allowed) {
  size_t colon = what.find(": ");
  size_t not_in = what.find(" not in {");
  if (colon == std::string::npos || not_in == std::string::npos || not_in < colon) return false;
  *option = what.substr(0, colon);
  *value = what.substr(colon + 2, not_in - colon - 2);
  std::string set = what.substr(not_in + 9);
  if (!set.empty() && set.back() == '}') set.pop_back();
  for (size_t start = 0; start <= set.size();) {
    size_t comma = std::min(set.find(',', start), set.size());
    allowed->push_back(set.substr(start, comma - start));
    start = comma + 1;
  }
  return true;
}

std::string Describe(const CLI::App* app, const CLI::Error& error, bool en) {
  const std::string what = error.what();
  const CLI::App* sub = ParsedSubcommand(app);
  if (dynamic_cast<const CLI::RequiredError*>(&error) && sub == nullptr) {
    std::vector<std::string> names = SubcommandNames(app);
    std::vector<std::string> rest = app->remaining();
    if (!rest.empty() && rest.front().rfind("-", 0) != 0) {
      names.push_back("--help");  // `reportlint help`
      return (en ? fmt::format("there is no subcommand `{}`", rest.front())
                 : fmt::format("没有子命令 `{}`", rest.front())) +
             DidYouMean(rest.front(), names, en);
    }
    std::string list;
    for (const std::string& n : names) list += (list.empty() ? "" : en ? ", " : "、") + n;
    return en ? "a subcommand is required: one of " + list : "缺少子命令，应为其中之一：" + list;
  }
  if (const auto* required = dynamic_cast<const CLI::RequiredError*>(&error)) {
    (void)required;
    size_t at = what.rfind(" is required");
    if (at != std::string::npos) {
      std::string name = what.substr(0, at);
      return en ? fmt::format("{} is required", name) : fmt::format("缺少必填的参数 {}", name);
    }
  }
  if (dynamic_cast<const CLI::ExtrasError*>(&error)) {
    std::vector<std::string> extras = sub ? sub->remaining() : app->remaining();
    // Words before the subcommand (`reportlint --lang en check`) are the tool's own.
    bool before_sub = extras.empty() && sub;
    if (before_sub) extras = app->remaining();
    std::string word = extras.empty() ? what : extras.front();
    std::string name = word.substr(0, word.find('='));
    if (before_sub && name.rfind("-", 0) == 0) {
      std::vector<std::string> own = OptionNames(sub);
      if (std::find(own.begin(), own.end(), name) != own.end()) {
        return en ? fmt::format("`{0}` is an option of `{1}`: write it after the subcommand, "
                                "as in `reportlint {1} {0} …`",
                                name, sub->get_name())
                  : fmt::format("`{0}` 是 `{1}` 的选项，请写在子命令之后，例如 `reportlint {1} {0} …`",
                                name, sub->get_name());
      }
    }
    std::string hint;
    if (word.rfind("-", 0) == 0) hint = DidYouMean(word.substr(0, word.find('=')), OptionNames(sub ? sub : app), en);
    else if (!sub) hint = DidYouMean(word, SubcommandNames(app), en);
    return (en ? fmt::format("unexpected argument `{}`", word)
               : fmt::format("不认识的参数 `{}`", word)) + hint;
  }
  std::string option, value;
  std::vector<std::string> allowed;
  if (dynamic_cast<const CLI::ValidationError*>(&error) && ReadNotIn(what, &option, &value, &allowed)) {
    std::string list;
    for (const std::string& a : allowed) list += (list.empty() ? "" : ", ") + a;
    return (en ? fmt::format("{} cannot be `{}`: it is one of {}", option, value, list)
               : fmt::format("{} 的值不能是 `{}`，应为其中之一：{}", option, value, list)) +
           DidYouMean(value, allowed, en);
  }
  // CLI11's number validators: "--jobs: Value abc not in range 0.000000 to 1.79e308".
  if (size_t range = what.find(" not in range "); dynamic_cast<const CLI::ValidationError*>(&error) &&
                                                  range != std::string::npos) {
    size_t colon = what.find(": Value ");
    if (colon != std::string::npos && colon < range) {
      option = what.substr(0, colon);
      value = what.substr(colon + 8, range - colon - 8);
      bool number = !value.empty() && value.find_first_not_of("-+0123456789.") == std::string::npos;
      if (number) {
        return en ? fmt::format("{} cannot be `{}`: it is out of range", option, value)
                  : fmt::format("{} 的值 `{}` 超出了允许的范围", option, value);
      }
      return en ? fmt::format("{} takes a number, not `{}`", option, value)
                : fmt::format("{} 的值应为数字，而不是 `{}`", option, value);
    }
  }
  if (dynamic_cast<const CLI::ArgumentMismatch*>(&error)) {
    std::string name = what.substr(0, what.find(':'));
    if (what.find(" required ") != std::string::npos && what.find(" missing") != std::string::npos) {
      return en ? fmt::format("{} needs a value", name) : fmt::format("{} 后面缺少值", name);
    }
  }
  return en ? what : "命令行有误：" + what;
}

}  // namespace

std::string UsageErrorMessage(const CLI::App* app, const CLI::Error& error,
                              const std::string& lang) {
  const bool en = lang == "en";
  const CLI::App* sub = ParsedSubcommand(app);
  std::string help = "reportlint " + (sub ? sub->get_name() + " " : std::string()) + "--help";
  return (en ? "error: " : "错误：") + Describe(app, error, en) + "\n" +
         (en ? fmt::format("Run `{}` for the usage.\n", help)
             : fmt::format("运行 `{}` 查看用法。\n", help));
}

}  // namespace reportlint
