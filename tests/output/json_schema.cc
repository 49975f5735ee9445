// Draft-04 validation, recursive over schema and instance together.
// Unknown keywords are violations, so nothing is silently skipped.
#include "tests/output/json_schema.h"

#include <regex>
#include <set>

namespace reportlint::testing {
namespace {

using Json = nlohmann::json;

const std::set<std::string> kIgnored = {"$schema",     "id",      "title",
                                        "description", "default", "definitions"};

class Validator {
 public:
  explicit Validator(const Json& root) : root_(root) {}

  void Check(const Json& schema, const Json& doc, const std::string& at) {
    if (!schema.is_object()) return Fail(at, "schema is not an object");
    if (schema.contains("$ref")) {
      std::string ref = schema["$ref"];
      if (ref.rfind("#", 0) != 0) return Fail(at, "unsupported $ref " + ref);
      return Check(root_.at(Json::json_pointer(ref.substr(1))), doc, at);
    }
    for (const auto& [key, value] : schema.items()) {
      if (kIgnored.count(key)) continue;
      Keyword(key, value, schema, doc, at);
    }
  }

  std::vector<std::string> violations;

 private:
  void Fail(const std::string& at, const std::string& what) {
    violations.push_back((at.empty() ? "/" : at) + ": " + what);
  }

  static bool HasType(const Json& doc, const std::string& type) {
    if (type == "object") return doc.is_object();
    if (type == "array") return doc.is_array();
    if (type == "string") return doc.is_string();
    if (type == "integer")
      return doc.is_number_integer() ||
             (doc.is_number_float() &&
              doc.get<double>() == static_cast<long long>(doc.get<double>()));
    if (type == "number") return doc.is_number();
    if (type == "boolean") return doc.is_boolean();
    if (type == "null") return doc.is_null();
    return false;
  }

  // The violations `schema` finds in `doc`, without recording them.
  size_t Count(const Json& schema, const Json& doc, const std::string& at) {
    Validator sub(root_);
    sub.Check(schema, doc, at);
    return sub.violations.size();
  }

  void Format(const std::string& format, const std::string& s, const std::string& at) {
    static const std::regex uri("^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]*$");
    static const std::regex uri_ref("^[^\\s]*$");
    static const std::regex date_time(
        "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2}"
        ")$");
    const std::regex* re = format == "uri"             ? &uri
                           : format == "uri-reference" ? &uri_ref
                           : format == "date-time"     ? &date_time
                                                       : nullptr;
    if (!re) return Fail(at, "unsupported format " + format);
    if (!std::regex_search(s, *re)) Fail(at, "'" + s + "' is not a valid " + format);
  }

  void Keyword(const std::string& key, const Json& v, const Json& schema, const Json& doc,
               const std::string& at) {
    if (key == "type") {
      bool ok = false;
      if (v.is_string()) ok = HasType(doc, v);
      for (const auto& t : v.is_array() ? v : Json::array()) ok |= HasType(doc, t);
      if (!ok) Fail(at, "expected type " + v.dump() + ", got " + doc.type_name());
    } else if (key == "enum") {
      if (std::find(v.begin(), v.end(), doc) == v.end())
        Fail(at, doc.dump() + " not in enum " + v.dump());
    } else if (key == "const") {
      if (doc != v) Fail(at, "expected " + v.dump());
    } else if (key == "properties") {
      if (!doc.is_object()) return;
      for (const auto& [name, sub] : v.items()) {
        if (doc.contains(name)) Check(sub, doc[name], at + "/" + name);
      }
    } else if (key == "patternProperties") {
      if (!doc.is_object()) return;
      for (const auto& [pattern, sub] : v.items()) {
        for (const auto& [name, value] : doc.items()) {
          if (std::regex_search(name, std::regex(pattern))) Check(sub, value, at + "/" + name);
        }
      }
    } else if (key == "additionalProperties") {
      if (!doc.is_object()) return;
      for (const auto& [name, value] : doc.items()) {
        if (schema.contains("properties") && schema["properties"].contains(name)) continue;
        bool patterned = false;
        if (schema.contains("patternProperties")) {
          for (const auto& [p, s] : schema["patternProperties"].items()) {
            patterned |= std::regex_search(name, std::regex(p));
          }
        }
        if (patterned) continue;
        if (v.is_boolean()) {
          if (!v.get<bool>()) Fail(at, "unexpected property '" + name + "'");
        } else {
          Check(v, value, at + "/" + name);
        }
      }
    } else if (key == "required") {
      if (!doc.is_object()) return;
      for (const auto& name : v) {
        if (!doc.contains(name.get<std::string>()))
          Fail(at, "missing required property '" + name.get<std::string>() + "'");
      }
    } else if (key == "minProperties") {
      if (doc.is_object() && doc.size() < v.get<size_t>()) Fail(at, "too few properties");
    } else if (key == "items") {
      if (!doc.is_array()) return;
      for (size_t i = 0; i < doc.size(); ++i) {
        const Json& sub = v.is_array() ? (i < v.size() ? v[i] : Json::object()) : v;
        Check(sub, doc[i], at + "/" + std::to_string(i));
      }
    } else if (key == "minItems") {
      if (doc.is_array() && doc.size() < v.get<size_t>())
        Fail(at, "fewer than " + v.dump() + " items");
    } else if (key == "maxItems") {
      if (doc.is_array() && doc.size() > v.get<size_t>())
        Fail(at, "more than " + v.dump() + " items");
    } else if (key == "uniqueItems") {
      if (!doc.is_array() || !v.get<bool>()) return;
      for (size_t i = 0; i < doc.size(); ++i) {
        for (size_t j = i + 1; j < doc.size(); ++j) {
          if (doc[i] == doc[j])
            Fail(at, "items " + std::to_string(i) + " and " + std::to_string(j) + " are equal");
        }
      }
    } else if (key == "minimum" || key == "maximum") {
      if (!doc.is_number()) return;
      double x = doc.get<double>(), bound = v.get<double>();
      bool exclusive =
          schema.value(key == "minimum" ? "exclusiveMinimum" : "exclusiveMaximum", false);
      bool ok = key == "minimum" ? (exclusive ? x > bound : x >= bound)
                                 : (exclusive ? x < bound : x <= bound);
      if (!ok) Fail(at, doc.dump() + " violates " + key + " " + v.dump());
    } else if (key == "exclusiveMinimum" || key == "exclusiveMaximum") {
      // handled with minimum / maximum
    } else if (key == "minLength" || key == "maxLength") {
      if (!doc.is_string()) return;
      size_t n = 0;
      for (unsigned char c : doc.get<std::string>()) n += (c & 0xC0) != 0x80;
      if (key == "minLength" ? n < v.get<size_t>() : n > v.get<size_t>())
        Fail(at, "string length violates " + key);
    } else if (key == "pattern") {
      if (doc.is_string() &&
          !std::regex_search(doc.get<std::string>(), std::regex(v.get<std::string>()))) {
        Fail(at, "'" + doc.get<std::string>() + "' does not match " + v.get<std::string>());
      }
    } else if (key == "format") {
      if (doc.is_string()) Format(v, doc, at);
    } else if (key == "allOf") {
      for (const auto& sub : v) Check(sub, doc, at);
    } else if (key == "anyOf") {
      bool any = false;
      for (const auto& sub : v) any |= Count(sub, doc, at) == 0;
      if (!any) Fail(at, "matches none of anyOf");
    } else if (key == "oneOf") {
      int n = 0;
      for (const auto& sub : v) n += Count(sub, doc, at) == 0;
      if (n != 1) Fail(at, "matches " + std::to_string(n) + " of oneOf (expected exactly 1)");
    } else if (key == "not") {
      if (Count(v, doc, at) == 0) Fail(at, "matches a 'not' schema");
    } else {
      Fail(at, "the validator does not support the keyword '" + key + "'");
    }
  }

  const Json& root_;
};

}  // namespace

std::vector<std::string> ValidateJson(const nlohmann::json& schema, const nlohmann::json& doc) {
  Validator v(schema);
  v.Check(schema, doc, "");
  return v.violations;
}

}  // namespace reportlint::testing
