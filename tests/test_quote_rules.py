"""The direct-quote and reported-speech rules, one behaviour per test.

Each rule has an input it alone accepts or rejects, beside a near twin that
differs in that one respect (same speaker, same content, one word changed),
and the verb forms at the edge of its word list. The expected verb span is
what a reader would underline as the reporting expression, from the quote's
marker (と, ことを, ように) to the end of the predicate. Measured by
``make mutate``: deleting one rule fails a test here.
"""

from __future__ import annotations

import pytest

from tui.analysis import analyze
from tui.quotes import find_speakers
from tui.text import parse

SAID = "山田一郎首相は「景気は回復している」"
REPORTED = "山田一郎首相は、景気は回復している"


def quotes(text: str) -> list[tuple[str, str, str, str]]:
    """(speaker, kind, text, verb) of every quote of ``text``."""
    article = parse(text)
    return [(s.name, q.kind, q.text, q.verb) for s in find_speakers(article, analyze(article)) for q in s.quotes]


def direct(verb: str) -> list[tuple[str, str, str, str]]:
    return [("山田一郎", "direct", "景気は回復している", verb)]


def reported(text: str, verb: str) -> list[tuple[str, str, str, str]]:
    return [("山田一郎", "indirect", text, verb)]


# --- direct quotes: the marker after 」 ------------------------------------------------------


@pytest.mark.parametrize("marker", ["と", "などと", "とも", "って"])
def test_each_quotative_marker_reports_a_quote(marker):
    verb = "言った" if marker == "って" else "述べた"
    assert quotes(f"{SAID}{marker}{verb}。") == direct(f"{marker}{verb}")


@pytest.mark.parametrize("sentence", ["80代の女性が、店内のATMで現金を引き出そうとした。",
                                      "女性は携帯電話で誰かと話しながら、操作をやり直していた。"])
def test_trying_to_and_talking_with_someone_report_no_statement(sentence):
    # 引き出そう|と|した: tried to; 誰|か|と話し: with someone
    assert quotes(sentence) == []


def test_a_judgement_followed_by_a_report_not_made_is_no_quote():
    # 「…」と判断し、管理職に報告していなかった: judged so, and reported nothing
    found = quotes("生徒は担任に相談したが、教諭は「生徒同士のからかい」と判断し、管理職に報告していなかった。")
    assert found == []


def test_a_judgement_followed_by_a_report_made_is_the_reports_quote():
    found = quotes("教諭は「生徒同士のからかい」と判断し、管理職に報告した。")
    assert [(q[0], q[3]) for q in found] == [("教諭", "と判断し、管理職に報告した")]


@pytest.mark.parametrize("sentence", ["「やめられない」と答えた生徒は18%に上った。", "ゲームが原因で「学校を休んだ」との回答も3%あった。",
                                      "「やめられない」と答えた人は全体の3割を占めた。"])
def test_a_surveys_answers_counted_are_no_ones_words(sentence):
    assert quotes(sentence) == []


def test_a_share_after_a_statement_leaves_the_statement_a_quote():
    found = quotes("山田一郎社長は「利益を伸ばす」と述べ、売り上げは3割増えた。")
    assert found == [("山田一郎", "direct", "利益を伸ばす", "と述べ")]


def test_toitta_before_a_noun_gives_examples_not_the_subjects_words():
    # 「…」といった楽観論: such views, which the subject rejected
    assert quotes(f"{SAID}といった楽観論を退けた。") == []


def test_a_quote_with_no_marker_and_no_verb_after_a_subject_is_not_reported_by_a_later_noun():
    assert quotes("山田一郎首相は「北風」シリーズの新製品を紹介した。") == []


# --- direct quotes: the verb after the marker ---------------------------------------------------


@pytest.mark.parametrize("verb", ["述べた", "述べている", "述べました", "話した", "強調した", "強調"])
def test_speech_verbs_in_every_form_report_a_quote(verb):
    assert quotes(f"{SAID}と{verb}。") == direct(f"と{verb}")


@pytest.mark.parametrize("verb", ["促した", "指示した"])
def test_verbs_of_urging_and_instructing_report_a_quote(verb):
    assert quotes(f"{SAID}と{verb}。") == direct(f"と{verb}")


@pytest.mark.parametrize("verb", ["呼ばれた", "名付けた", "題した", "書かれた"])
def test_naming_verbs_report_no_speech(verb):
    # (書いた, 記した closing a sentence are someone's written words: below)
    assert quotes(f"{SAID}と{verb}。") == []


@pytest.mark.parametrize("verb", ["報じた", "報道した"])
def test_the_press_characterising_something_reports_no_speech(verb):
    # 韓国の一部メディアは…「…」と報じた: media are sources, not speakers (メディア asking is a person)
    assert quotes(f"韓国の一部メディアは会談について「成果に乏しい」と{verb}。") == []


def test_a_reaction_reports_a_quote_from_the_marker_to_its_verb():
    assert quotes(f"{SAID}と胸を張った。") == direct("と胸を張った")


def test_any_verb_reports_a_sentence_like_quote_of_a_stated_speaker():
    assert quotes(f"{SAID}と拍手を送った。") == direct("と拍手を送った")


def test_any_verb_does_not_report_a_word_in_brackets():
    assert quotes("山田一郎首相は「景気」と拍手を送った。") == []


def test_any_verb_does_not_report_a_quote_without_a_speaker():
    assert quotes("「景気は回復している」と拍手が送られた。") == []


def test_two_names_joined_by_to_are_a_list_not_a_quote():
    assert quotes("山田一郎首相は「北風」と「南風」を発売した。") == []


def test_toiu_before_a_thing_names_it():
    assert quotes("山田一郎首相は「パン」という音を聞いた。") == []


def test_toiu_before_a_statement_noun_reports_it():
    assert quotes(f"{SAID}という声を紹介した。") == direct("という声を紹介した")


# --- direct quotes: the speaker named after the quote ----------------------------------------------


def test_the_speaker_named_right_after_the_quote_and_its_verb():
    assert quotes("「景気は回復している」と語る山田一郎さん。") == direct("と語る")


def test_a_speaker_described_right_after_the_quote_and_its_verb():
    found = quotes("「大きな音がした」と話す男性もいた。")
    assert found == [("男性", "direct", "大きな音がした", "と話す")]


def test_a_thing_right_after_the_quote_and_its_verb_is_no_speaker():
    assert quotes("「景気は回復している」と語る場面もあった。") == []


@pytest.mark.parametrize("verb", ["述べた", "分析した", "分析する"])
def test_the_speaker_a_cleft_ends_with_after_the_quote_and_its_verb(verb):
    # 「…」と分析するのは…教授だ: no speaker before the quote, so only a speech verb reports it
    assert quotes(f"「景気は回復している」と{verb}のは、大学で経済学を教える山田一郎教授だ。") == direct(f"と{verb}")


def test_the_speaker_between_the_quote_and_the_verb():
    assert quotes("「景気は回復している」と山田一郎首相は述べた。") == direct("と山田一郎首相は述べた")


# --- reported speech: …と + a speech verb ---------------------------------------------------------


def test_reported_speech_with_to_and_a_speech_verb():
    assert quotes(f"{REPORTED}と述べた。") == reported("景気は回復している", "と述べた")


def test_a_verb_of_thought_reports_no_speech():
    assert quotes(f"{REPORTED}と思った。") == []


def test_a_short_gap_between_to_and_the_verb_is_allowed():
    assert quotes(f"{REPORTED}と記者団に述べた。") == reported("景気は回復している", "と記者団に述べた")


def test_a_passive_speech_verb_is_hearsay_not_the_subjects_words():
    assert quotes(f"{REPORTED}と言われた。") == []


def test_a_speech_verb_modifying_a_noun_is_no_statement():
    assert quotes(f"{REPORTED}と述べる記者と会った。") == []


def test_a_verb_joined_with_te_ends_the_span():
    assert quotes(f"{REPORTED}と述べ、会場を後にした。") == reported("景気は回復している", "と述べ")


def test_chained_speech_verbs_are_one_predicate():
    assert quotes("山田一郎首相は、景気は回復すると提案し、要請した。") == reported("景気は回復する", "と提案し、要請した")


def test_a_speech_verb_chained_to_another_verb_ends_at_the_speech_verb():
    assert quotes("山田一郎首相は、景気は回復すると提案し、退席した。") == reported("景気は回復する", "と提案し")


def test_to_after_a_person_is_a_conversation_not_a_statement():
    assert quotes("山田一郎首相は鈴木花子外相と話した。") == []


# --- reported speech: …ことを -----------------------------------------------------------------------


def test_koto_wo_with_a_verb_of_its_list():
    assert quotes("山田一郎首相は、景気が回復したことを強調した。") == reported("景気が回復した", "ことを強調した")


@pytest.mark.parametrize("verb", ["明らかにした", "言明した", "主張した"])
def test_koto_wo_with_the_verbs_at_the_edges_of_its_list(verb):
    assert quotes(f"山田一郎首相は、景気が回復したことを{verb}。") == reported("景気が回復した", f"ことを{verb}")


def test_koto_wo_mitometa_is_no_statement():
    # …ことを認めた is as often a ruling or a permission as a statement
    assert quotes("山田一郎首相は、景気が回復したことを認めた。") == []


def test_koto_wo_with_a_speech_verb_outside_its_list_is_no_statement():
    # 話す reports 「…」と話した, but …ことを話した is not one of the ことを predicates
    assert quotes("山田一郎首相は、景気が回復したことを話した。") == []


def test_koto_wo_with_a_verb_that_is_no_speech_is_no_statement():
    assert quotes("山田一郎首相は、景気が回復したことを喜んだ。") == []


# --- reported speech: a view (との見方を示した) -----------------------------------------------------------


def test_a_view_stated_with_tono_and_a_view_noun():
    assert quotes("山田一郎首相は、景気は回復するとの見方を示した。") == reported("景気は回復する", "との見方を示した")


@pytest.mark.parametrize("link", ["とする", "という"])
def test_a_view_stated_with_tosuru_or_toiu(link):
    assert quotes(f"山田一郎首相は、景気は回復する{link}見方を示した。") == reported("景気は回復する", f"{link}見方を示した")


def test_a_view_noun_without_a_quotative_is_no_statement():
    assert quotes("山田一郎首相は、楽観的な見方を示した。") == []


def test_an_impression_reported_by_others_is_no_statement():
    assert quotes(f"{REPORTED}とみられる。") == []


# --- reported speech: requests (ように求めた) ------------------------------------------------------------


@pytest.mark.parametrize("marker", ["よう", "ように"])
def test_a_request_with_you_or_youni(marker):
    assert quotes(f"山田一郎首相は、国民に節電する{marker}求めた。") == reported("国民に節電する", f"{marker}求めた")


@pytest.mark.parametrize("verb", ["求めた", "呼びかけた", "要請した", "要求した", "要望した", "指示した", "訴えた", "促した"])
def test_each_verb_of_a_request_reports_it(verb):
    assert quotes(f"山田一郎首相は、国民に節電するよう{verb}。") == reported("国民に節電する", f"よう{verb}")


@pytest.mark.parametrize("marker, how", [("よう", "強く"), ("ように", "改めて厳しく")])
def test_a_request_said_in_a_manner_an_adjective_gives(marker, how):
    assert quotes(f"山田一郎首相は、国民に節電する{marker}{how}求めた。") == reported("国民に節電する", f"{marker}{how}求めた")


def test_a_request_at_the_longest_gap_between_youni_and_its_verb():
    # six words between ように and 求めた: the search for the marker stops on ように's に
    found = quotes("山田一郎首相は、節電するように、改めて企業にも再度求めた。")
    assert found == reported("節電する", "ように、改めて企業にも再度求めた")


def test_a_ni_at_the_longest_gap_without_you_is_no_request():
    # 節電の徹底に、…言及した: the search stops on a に, but no よう comes before it
    assert quotes("山田一郎首相は、節電の徹底に、改めて企業にも再度言及した。") == []


def test_a_verb_that_asks_for_nothing_reports_no_request():
    assert quotes("山田一郎首相は、国民に節電するよう配慮した。") == []


def test_every_verb_of_the_koto_and_request_lists_is_a_speech_head():
    # the ことを and ように rules start from a speech head: an entry that is none never fires
    from tui.quotes.speech import HEAD_SURFACES, KOTO_VERBS, REQUEST_VERBS, SPEECH_VERBS

    assert (KOTO_VERBS | REQUEST_VERBS) - SPEECH_VERBS - HEAD_SURFACES == set()


def test_a_passive_request_is_made_of_the_subject_not_by_it():
    assert quotes("山田一郎首相は、国民に節電するよう求められた。") == []


def test_youni_with_a_speech_verb_that_asks_for_nothing_is_no_request():
    assert quotes("山田一郎首相は、国民に節電するように話した。") == []


# --- relayed statements ------------------------------------------------------------------------------------


def test_a_relayed_statement_is_reported_by_its_closing_verb():
    found = quotes("東西通信は、同国の保健当局者の発言として、感染者は10人に増えたと伝えた。")
    assert found == [("同国の保健当局者", "indirect", "感染者は10人に増えた", "と伝えた")]


def test_a_relayed_statement_skips_a_time_of_two_words_in_the_chain():
    # 先月|下旬: the chain walks back over the whole compound to the speaker's の
    found = quotes("東西通信は、保健当局者の先月下旬の発言として、感染者は10人に増えたと伝えた。")
    assert found == [("保健当局者", "indirect", "感染者は10人に増えた", "と伝えた")]


def test_a_relayed_statement_whose_speaker_opens_the_sentence():
    found = quotes("首相の同日の発言として、感染者は10人に増えたとした。")
    assert found == [("首相", "indirect", "感染者は10人に増えた", "とした")]


def test_words_reacted_to_are_no_relayed_statement():
    # 発言を受けて: the opposition reacted to the words; the prime minister said nothing here
    found = quotes("東西通信は、山田一郎首相の発言を受けて、野党は反発していると伝えた。")
    assert [q for q in found if q[0] == "山田一郎"] == []


# --- the lexicon's predicates, at their edges ---------------------------------------------------------------


def test_a_date_between_the_view_and_its_verb_is_part_of_the_predicate():
    assert quotes("山田一郎首相は、景気は回復するとの見方を22日示した。") == reported("景気は回復する", "との見方を22日示した")


def test_a_reaction_made_of_a_noun_and_suru():
    assert quotes(f"{SAID}と苦笑した。") == direct("と苦笑した")


def test_a_reaction_noun_at_the_very_end_of_a_text_is_read_without_error():
    assert quotes(f"{SAID}と苦笑") == []


@pytest.mark.parametrize("particle", ["を", "も", "は"])
def test_a_statement_noun_and_its_light_verb_report_a_quote(particle):
    assert quotes(f"{SAID}との意見{particle}出した。") == direct(f"との意見{particle}出した")


def test_a_comment_posted_with_no_subject_continues_the_body_before():
    found = quotes("北山市教育委員会は、様式を導入するとしている。同日、ホームページに「対応に取り組みます」とのコメントを掲載した。")
    assert found == [("北山市教育委員会", "direct", "対応に取り組みます", "とのコメントを掲載した")]


def test_praise_ending_a_sentence_as_a_noun_reports_a_quote():
    # 「…」と絶賛。: a verbal noun closing the sentence, as と強調。 does
    assert quotes("倉橋迅は「本当に頼もしい」と絶賛。") == [("倉橋迅", "direct", "本当に頼もしい", "と絶賛")]


@pytest.mark.parametrize("verb", ["とねぎらった", "と労った", "と声を絞り出した", "とくぎを刺した", "と釘を刺した", "と悔しさをにじませた"])
def test_reactions_and_thanks_report_a_quote_whose_subject_is_left_out(verb):
    found = quotes(f"山田一郎監督は胴上げされた。試合後の会見では、「強いチームになった」{verb}。")
    assert found == [("山田一郎", "direct", "強いチームになった", verb)]


def test_voices_that_slip_out_report_a_quote():
    # no speaker phrase before: the one in brackets says who, the statement noun and its verb that it was said
    found = quotes("党内からも「幹事長は会見を開くべきだ」（若手議員）との声が漏れる。")
    assert found == [("若手議員", "direct", "幹事長は会見を開くべきだ", "との声が漏れる")]


@pytest.mark.parametrize("noun, person", [
    ("整備士", True),  # 士 after two characters: a trade, not in the word list
    ("係員", True),  # 員 after one character
    ("作業員", True),
    ("定員", False), ("満員", False), ("相手", False), ("大手", False),  # the endings, but no person
    ("員", False),  # the ending alone
])
def test_a_person_by_what_they_do_is_known_by_the_ending_of_the_noun(noun, person):
    from tui.quotes.speech import is_person_noun

    assert is_person_noun(noun) is person


# --- the lexicon's words as Sudachi gives them, and one-word quotes --------------------------------------
# A one-word quote (「残念」) is no sentence: only a rule that knows its verb
# reports it (a reaction, a statement noun, a view), never "any verb after と".


def test_a_verb_whose_past_tense_is_da_keeps_it():
    assert quotes(f"{SAID}と叫んだ。") == direct("と叫んだ")


@pytest.mark.parametrize("verb", ["意気込んだ", "悔しがった"])  # Sudachi: 意気|込ん|だ, 悔し|がっ|た
def test_a_reaction_sudachi_splits_in_two_reports_a_one_word_quote(verb):
    assert quotes(f"山田一郎首相は「優勝」と{verb}。") == [("山田一郎", "direct", "優勝", f"と{verb}")]


@pytest.mark.parametrize("verb", ["声を弾ませた", "声を詰まらせた", "笑顔をのぞかせた"])  # a causative: 弾ま|せ|た
def test_a_causative_reaction_reports_a_one_word_quote(verb):
    assert quotes(f"山田一郎首相は「優勝」と{verb}。") == [("山田一郎", "direct", "優勝", f"と{verb}")]


def test_a_reaction_made_of_a_noun_and_suru_reports_a_one_word_quote():
    assert quotes("山田一郎首相は「残念」と苦笑した。") == [("山田一郎", "direct", "残念", "と苦笑した")]


def test_a_light_verb_with_an_object_that_is_no_feeling_reports_no_one_word_quote():
    assert quotes("山田一郎首相は「北風」と新製品を見せた。") == []


@pytest.mark.parametrize("particle", ["を", "も", "は"])
def test_a_statement_noun_reports_a_one_word_quote(particle):
    assert quotes(f"山田一郎首相は「賛成」との意見{particle}出した。") == [("山田一郎", "direct", "賛成", f"との意見{particle}出した")]


def test_a_statement_phrase_joined_with_a_comma_ends_at_its_verb():
    assert quotes("山田一郎首相は「賛成」との意見を出し、退席した。") == [("山田一郎", "direct", "賛成", "との意見を出し")]


def test_a_view_stated_with_a_verb_of_its_list_reports_a_one_word_quote():
    assert quotes("山田一郎首相は「回復」との見方を示した。") == [("山田一郎", "direct", "回復", "との見方を示した")]


def test_a_view_overturned_is_no_statement():
    assert quotes("山田一郎首相は「回復」との見方を覆した。") == []


# --- the predicate's edges ---------------------------------------------------------------------------------


def test_a_passive_several_tokens_before_the_end_is_still_hearsay():
    assert quotes(f"{REPORTED}と言われていた。") == []


def test_a_predicate_at_the_very_end_of_a_text_without_full_stop():
    assert quotes(f"{REPORTED}と述べた") == reported("景気は回復している", "と述べた")


def test_a_speech_verb_modifying_the_last_word_of_a_text_is_no_statement():
    assert quotes(f"{REPORTED}と述べる記者") == []


def test_a_verb_in_its_continuative_form_before_a_noun_does_not_modify_it():
    assert quotes(f"{REPORTED}と述べ会場を後にした。") == reported("景気は回復している", "と述べ")


@pytest.mark.parametrize("text, verb", [
    (f"{SAID}と強調、会場を後にした。", "と強調"),  # a comma after the bare verbal noun
    (f"（{SAID}と強調）", "と強調"),  # a closing bracket
])
def test_a_bare_verbal_noun_before_a_comma_or_a_bracket_is_the_predicate(text, verb):
    assert quotes(text) == direct(verb)


def test_a_verbal_noun_before_no_that_modifies_a_noun_is_no_predicate():
    # 批判の声を上げた: the reporting expression is the whole phrase, not 批判
    assert quotes(f"{SAID}と批判の声を上げた。") == direct("と批判の声を上げた")


@pytest.mark.parametrize("name", ["SPEECH_VERBS", "SPEECH_NOUNS", "EXPRESSIVE_VERBS", "EXPRESSIVE_LIGHT_VERBS", "NAMING_VERBS",
                                  "STATEMENT_LIGHT_VERBS", "VIEW_VERBS", "KOTO_VERBS", "REQUEST_VERBS"])
def test_every_word_of_the_lexicon_is_a_word_sudachi_gives(name):
    # an entry Sudachi never gives as one token (弾ませる is 弾ま|せる) never fires;
    # the reactions it splits in two (意気|込む) and the light verbs it splits
    # after a prefix (相|次ぐ) are matched as two
    from tui.analysis import tokenize
    from tui.quotes import speech

    unseen = []
    # a light verb is read after an object, as it is used (かしげる alone is
    # read otherwise; 首をかしげる is one verb)
    before = "彼は「よし」と顔を" if name == "EXPRESSIVE_LIGHT_VERBS" else "彼は「よし」と"
    for word in sorted(getattr(speech, name)):
        toks = [t for t in tokenize(f"{before}{word}。") if t.start >= len(before)][:-1]
        forms = {t.dictionary for t in toks} | {t.surface for t in toks}
        split = name in ("EXPRESSIVE_VERBS", "STATEMENT_LIGHT_VERBS") and len(toks) == 2 and toks[0].surface + toks[1].dictionary == word
        if word not in forms and not split:
            unseen.append(word)
    assert unseen == []


# --- direct quotes: what stands between the marker and the verb -------------------------------------------


def test_a_title_right_after_the_quote_and_its_verb_is_the_speaker():
    assert quotes("「景気は回復している」と語る首相もいた。") == [("首相", "direct", "景気は回復している", "と語る")]


def test_toiu_before_a_story_heard_is_no_statement():
    assert quotes("山田一郎首相は「景気は回復している」という話を聞いた。") == []


def test_a_writing_verb_made_of_a_noun_and_suru_reports_no_speech():
    assert quotes(f"{SAID}と記載した。") == []


def test_a_term_in_brackets_between_the_marker_and_the_verb_is_passed_over():
    assert quotes(f"{SAID}と新製品「北風」を前に述べた。") == direct("と新製品「北風」を前に述べた")


@pytest.mark.parametrize("verb", ["とした", "としている", "としており"])
def test_toshita_reports_a_one_word_quote(verb):
    assert quotes(f"山田一郎首相は「賛成」{verb}。") == [("山田一郎", "direct", "賛成", verb)]


def test_toshite_then_a_speech_verb_reports_up_to_that_verb():
    assert quotes("山田一郎首相は「賛成」として、協力を求めた。") == [("山田一郎", "direct", "賛成", "として、協力を求めた")]


def test_the_verb_after_a_later_quote_reports_that_quote_not_the_question_before_it():
    found = quotes("「景気は回復している」との質問に、山田一郎首相は「その通りだ」と答えた。")
    assert found == [("山田一郎", "direct", "その通りだ", "と答えた")]


def test_an_empty_quote_is_no_statement():
    assert quotes("山田一郎首相は「」と拍手を送った。") == []


def test_a_quote_after_a_quote_that_stands_alone_in_the_sentence_is_still_read():
    found = quotes("「景気は回復している。」山田一郎首相は「雇用も増えた」と述べた。")
    assert ("山田一郎", "direct", "雇用も増えた", "と述べた") in found


def test_the_words_of_a_request_in_brackets_are_reported_by_the_verb_after_them():
    assert quotes("山田一郎首相は「景気は回復するよう」求めた。") == [("山田一郎", "direct", "景気は回復するよう", "求めた")]


# --- reported speech: where the content starts -------------------------------------------------------------


def test_two_statements_of_one_speaker_in_one_sentence_each_start_after_the_one_before():
    found = quotes(f"{REPORTED}と述べ、雇用も増えたと語った。")
    assert found == [reported("景気は回復している", "と述べ")[0], reported("雇用も増えた", "と語った")[0]]


def test_a_date_before_the_content_is_no_part_of_it():
    assert quotes("山田一郎首相は15日、景気は回復していると述べた。") == reported("景気は回復している", "と述べた")


def test_the_speaker_with_wa_between_to_and_the_verb():
    assert quotes("景気は回復していると山田一郎首相は述べた。") == reported("景気は回復している", "と山田一郎首相は述べた")


# --- reported speech: the circumstances before the content --------------------------------------------------


def test_an_occasion_clause_with_a_topic_marker_is_part_of_what_was_said():
    # 会議に出席し、 is the occasion of the statement; 会議には出席し、 is what he will do
    found = quotes("山田一郎首相は、会議には出席し、反対の立場を伝えると述べた。")
    assert found == reported("会議には出席し、反対の立場を伝える", "と述べた")


def test_a_reason_ending_in_node_is_part_of_what_was_said():
    # …ので、 ends in で like a setting (記者会見で、) but is a clause of the statement
    found = quotes("山田一郎首相は、物価が上がったので、賃上げが必要だと述べた。")
    assert found == reported("物価が上がったので、賃上げが必要だ", "と述べた")


# --- direct quotes: a quote after its speaker with no marker -------------------------------------------------


def test_a_bare_question_in_brackets_before_wo_is_a_topic_not_a_quote():
    assert quotes("山田一郎首相は「なぜ景気が悪化したのか」を説明した。") == []


# --- direct quotes: a description of the speaker after と ---------------------------------------------------


def test_a_description_made_of_a_noun_reports_a_quote():
    found = quotes("敗れた南西大の北野誠監督は「あと一本が出なかった」と涙声だった。")
    assert found == [("北野誠", "direct", "あと一本が出なかった", "と涙声だった")]


# --- texts that end inside a marker ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (f"{SAID}と", []),
        ("山田一郎首相は「賛成」として", []),
        ("山田一郎首相は「賛成」とし", [("山田一郎", "direct", "賛成", "とし")]),
        (f"{SAID}など", []),  # など, the last token: no quotative after it to read
        (f"{SAID}との意見", []),  # a statement noun, the last token: no に after it to read
        (f"{SAID}との意見が", []),  # a statement noun and its particle: no light verb after them
        (f"{SAID}との見方", []),  # a view noun, the last token: no を after it
        (f"{SAID}との見方を今日", []),  # a view noun, を and a time: no verb after them
        (f"{SAID}（山田", []),  # a bracket after the quote that never closes
    ],
)
def test_a_text_that_ends_inside_the_marker_is_read_without_error(text, found):
    assert quotes(text) == found


def test_words_answered_are_not_the_subjects_even_behind_an_adjective():
    # 「…」との強い意見に反論した: the 意見 is someone else's, three words after と
    assert quotes("山田一郎首相は「景気は回復している」との強い意見に反論した。") == []


def test_a_day_and_a_time_of_day_before_the_content_are_its_circumstance():
    # 2日夜、: 日 is a counter (a suffix to Sudachi), 夜 a time of day
    assert quotes("山田一郎首相は、2日夜、景気は回復していると述べた。") == reported("景気は回復している", "と述べた")


def test_a_title_with_its_place_named_after_the_verb_is_the_speaker():
    # 「…」と語る青葉町長: the office with its town is a title, as 町長 alone is
    found = quotes("「景気は回復している」と語る青葉町長の表情は明るかった。")
    assert found == [("青葉町長", "direct", "景気は回復している", "と語る")]


# --- direct quotes: adjacent brackets, a speaker in brackets, a quote alone in its sentence --------------------


def test_three_adjacent_brackets_under_one_verb_are_three_quotes():
    found = quotes("山田一郎首相は「景気は回復している」「雇用も増えた」「物価は安定している」と述べた。")
    assert found == [
        ("山田一郎", "direct", "景気は回復している", "と述べた"),
        ("山田一郎", "direct", "雇用も増えた", "と述べた"),
        ("山田一郎", "direct", "物価は安定している", "と述べた"),
    ]


def test_a_speaker_in_brackets_then_a_marker_and_a_verb_is_reported_by_the_verb():
    # 「…」（山田一郎首相）と述べた: the quote does not end its sentence at the bracket
    assert quotes("「景気は回復している」（山田一郎首相）と述べた。") == direct("と述べた")


def test_a_quote_that_is_a_sentence_of_its_own_takes_the_announcing_sentence_before_it():
    # 「…。」 then a sentence of something else: the quote stands alone, announced before
    found = quotes("山田一郎首相は次のように述べた。「景気は回復している。」会見は三十分で終わった。")
    assert found == [("山田一郎", "direct", "景気は回復している。", "次のように述べた")]


# --- direct quotes: a list of quotes that share the verb of the last -------------------------------------------


def test_quotes_listed_each_after_its_speaker_share_the_last_ones_verb():
    found = quotes("山田一郎首相は「景気は回復している」、鈴木次郎氏は「雇用が増えた」と述べた。")
    assert found == [
        ("山田一郎", "direct", "景気は回復している", "と述べた"),
        ("鈴木次郎", "direct", "雇用が増えた", "と述べた"),
    ]


def test_quotes_listed_each_with_its_speaker_in_brackets_share_the_last_ones_verb():
    found = quotes("会場からは「景気は回復している」（会社員の男性）、「雇用が増えた」（学生の女性）といった声が聞かれた。")
    assert [(name, text) for name, _, text, _ in found] == [("会社員の男性", "景気は回復している"), ("学生の女性", "雇用が増えた")]
    assert {verb for *_, verb in found} == {"といった声が聞かれた"}


def test_a_listed_quote_needs_a_speaker_of_its_own():
    # no one named before the first 「」: it is not given the second speaker's verb
    assert quotes("「景気は回復している」、鈴木次郎氏は「雇用が増えた」と述べた。") == [
        ("鈴木次郎", "direct", "雇用が増えた", "と述べた")]


def test_a_listed_quote_must_read_as_speech():
    # a name in brackets before a comma is no quote of the one before it
    assert quotes("山田一郎首相は「北風」、鈴木次郎氏は「雇用が増えた」と述べた。") == [
        ("鈴木次郎", "direct", "雇用が増えた", "と述べた")]


# --- who a finding's subject is -----------------------------------------------------------------------------


@pytest.mark.parametrize("topic", ["判決", "報告書"])
def test_a_subject_inside_a_rulings_finding_speaks_neither_the_finding_nor_the_quote_after_it(topic):
    # the ruling states it: the doctor is what it found, not who speaks
    assert quotes(f"{topic}は、担当医が再手術を検討しなかったと認定し、「早く処置していれば救命できた」と指摘した。") == []
    assert quotes(f"{topic}は、担当医が再手術を検討しなかったと認定した。") == []


def test_a_subject_after_a_topic_that_is_no_finding_still_speaks():
    assert quotes("この問題は、山田一郎首相が国会で取り上げ、「景気は回復している」と述べた。") == direct("と述べた")


@pytest.mark.parametrize("asked", ["記者から抱負を聞かれ", "記者から質問され", "報道陣に抱負を問われると"])
def test_who_asked_in_a_passive_clause_before_the_quote_is_not_who_answers(asked):
    # from whom the question came (Xから, or Xに of a passive condition): the one asked answers
    found = quotes(f"山田一郎首相は会見に臨んだ。{asked}、「景気は回復している」と答えた。")
    assert found == direct("と答えた")


@pytest.mark.parametrize("asked", ["記者からの「続投するのか」との質問には", "住民から「続投か」との声が出ると"])
def test_whose_words_an_earlier_quote_were_is_not_who_speaks_the_next(asked):
    # the words the first quote gives came from S (Sから, Sからの); the mayor answers them
    found = quotes(f"山田一郎市長は会見に臨んだ。{asked}、「まだ決めていない」と答えた。")
    assert ("山田一郎", "direct", "まだ決めていない", "と答えた") in found
    assert not [q for q in found if q[2] == "まだ決めていない" and q[0] != "山田一郎"]


def test_voices_listed_from_one_source_are_all_its_own():
    found = quotes("住民から「困る」「早く直して」との声が上がった。")
    assert [(q[0], q[2]) for q in found] == [("住民", "困る"), ("住民", "早く直して")]


@pytest.mark.parametrize("asker, asked, verb", [("記者", "記者から、なぜ遅れたのかと問われると", "と問われる"),
                                                ("記者", "記者からなぜ遅れたのかと尋ねられ", "と尋ねられ"),
                                                ("委員", "委員から、なぜ遅れたのかとただされ", "とただされ")])
def test_a_question_told_without_brackets_is_the_askers_and_the_answer_the_one_asked(asker, asked, verb):
    found = quotes(f"山田一郎首相は「景気は回復している」と述べた。{asked}、「調査中だ」と答えた。")
    assert sorted(found) == sorted([
        ("山田一郎", "direct", "景気は回復している", "と述べた"), ("山田一郎", "direct", "調査中だ", "と答えた"),
        (asker, "indirect", "なぜ遅れたのか", verb),
    ])


def test_a_question_from_no_one_named_is_no_quote():
    found = quotes("山田一郎首相は「景気は回復している」と述べた。なぜ遅れたのかと問われると、「調査中だ」と答えた。")
    assert [q for q in found if q[1] == "indirect"] == []


def test_a_statement_without_brackets_of_a_named_body_kiji_does_not_know_is_no_ones():
    # 共同体 is no head kiji knows; a proper noun in the topic: a body, not the teacher before
    found = quotes("教師の女性（38）は「怖い」と話した。南部アフリカ開発共同体（SADC）は首脳会議を開くと発表した。")
    assert [(q[0], q[1]) for q in found] == [("教師の女性（38）", "direct")]


@pytest.mark.parametrize("topic", ["病気と物質との関連は", "今後の対応についての見方は", "計画をめぐる見通しは", "計画に関する見通しは"])
def test_what_relates_to_or_is_about_something_is_no_body_that_speaks(topic):
    # 判決は…とした。…との関連は「…」とした: a relation between things, not an unknown body
    assert quotes(f"判決理由が読み上げられた。{topic}「因果関係は認められない」とした。") == []


def test_a_topic_kiji_does_not_know_right_before_a_quote_still_speaks_as_a_body():
    # the twin: nothing relates the topic to something else
    assert [q[0] for q in quotes("判決理由が読み上げられた。北浜物産は「因果関係は認められない」とした。")] == ["北浜物産"]


@pytest.mark.parametrize("group", ["野党席", "周辺"])
def test_voices_from_a_group_kiji_knows_no_speaker_by_are_theirs(group):
    # 野党席からは「そうだ」との声が上がり: no person noun, but the voices came from those there
    found = quotes(f"山田一郎首相は「景気は回復している」と述べた。{group}からは「そうだ」との声が上がった。")
    assert [q[0] for q in found] == ["山田一郎", group]


@pytest.mark.parametrize("where", ["米国", "当日"])
def test_voices_from_a_place_or_a_time_name_no_group(where):
    found = quotes(f"山田一郎首相は「景気は回復している」と述べた。{where}からは「そうだ」との声が上がった。")
    assert [q[0] for q in found] == ["山田一郎"]


@pytest.mark.parametrize("noun", ["不満", "批判"])
def test_a_complaint_or_criticism_voiced_is_a_statement(noun):
    # a statement noun, so the voices are the group's as 声 would be
    found = quotes(f"周辺からは「説明が足りない」との{noun}も漏れた。")
    assert [(q[0], q[1]) for q in found] == [("周辺", "direct")]


def test_under_questioning_the_person_a_body_arrested_answers_not_the_body():
    # the police spoke last, then arrested someone named without 容疑者: the suspect confesses
    found = quotes("北浜署は「悪質な犯行だ」としている。同署は、会社員の山田一郎さん（45）を逮捕した。"
                   "調べに対し、「金に困っていた」と供述している。")
    assert [q[0] for q in found] == ["北浜署", "山田一郎"]


@pytest.mark.parametrize("age, second", [("当時38", ["山田太郎"]), ("38", [])])
def test_a_shared_surname_is_not_the_one_introduced_with_an_age_at_the_time(age, second):
    # 山田花子さん（当時38）: the one the fire killed; 山田さん is the husband who speaks.
    # The twin: two living people share the surname, so 山田さん names neither
    found = quotes(f"火災で山田花子さん（{age}）が死亡した。会社員の山田太郎さん（45）は会見で「納得できない」と話した。"
                   "山田さんはこう続けた。「娘に会いたい」")
    assert [q[0] for q in found] == ["山田太郎", *second]


@pytest.mark.parametrize("act", ["県民に理解を求めた", "詳しい説明を避けた", "コメントを控えた"])
def test_the_ground_stated_for_a_request_or_for_declining_to_comment_is_said(act):
    # …として、理解を求めた: the speaker gave the ground, then asked (or declined to say more)
    assert quotes(f"山田一郎首相は、財源は確保できるとして、{act}。") == reported("財源は確保できる", f"として、{act}")


@pytest.mark.parametrize("sentence", [
    "山田一郎首相は、悪質だとして、男を逮捕した。",  # an act that is no request
    "山田一郎首相は、不当だとして、損害賠償を求めた。",  # a claim in court
    "山田一郎首相は、公平性を目標として、理解を求めた。",  # a noun made a goal, no clause
    "山田一郎首相は、財源は確保できるとして、県民に理解を求め、会場を後にした。",  # not what closes the sentence
    "山田一郎首相は、財源は確保できるとして、議場を後にした。",
])
def test_a_ground_of_anything_else_is_no_statement(sentence):
    assert quotes(sentence) == []


@pytest.mark.parametrize("site, owner", [("山田花子さんのブログには", "山田花子"), ("北浜物産の公式サイトには", "北浜物産"),
                                         ("北浜物産のホームページで", "北浜物産")])
def test_words_put_on_someones_website_are_theirs_not_the_last_speakers(site, owner):
    found = quotes(f"歌手の山田花子さんと北浜物産が発表した。鈴木一郎さんは「おめでとう」と話した。{site}「幸せです」とつづられている。")
    assert [q[0] for q in found] == ["鈴木一郎", owner]


def test_a_speaker_named_before_a_website_still_speaks_on_it():
    found = quotes("北浜物産が製品を回収した。山田一郎社長は同社のホームページで「深くおわび申し上げます」とコメントした。")
    assert [q[0] for q in found] == ["山田一郎"]


@pytest.mark.parametrize("act", ["需要を支える予算案を提出した", "予算案を提出した"])
def test_a_quote_given_as_the_ground_of_an_act_is_said_whatever_clause_its_object_holds(act):
    # 「…」として、…を管理するシステムを導入した: the act is 導入した, not 管理する inside its object
    assert quotes(f"{SAID}として、{act}。") == direct(f"として、{act}")


def test_a_body_a_sentence_ends_by_naming_is_the_one_dosha_points_to():
    # …のは、潮見精密工業。同社は: the answer of the cleft, not the company acting before it
    found = quotes("北浜物産は製品を回収すると発表した。部品を製造したのは、部品メーカー、潮見精密工業。"
                   "同社は「原因の究明に全力で取り組む」とのコメントを出した。")
    assert [q[0] for q in found] == ["潮見精密工業"]


@pytest.mark.parametrize("verb", ["別れを惜しんだ", "汗をぬぐった", "頭を抱えた", "こぼした", "気をもむ"])
def test_reactions_and_complaints_report_a_quote_whose_subject_is_left_out(verb):
    # the speaker is whom the sentence before is about: the predicate must report the quote
    assert quotes(f"山田一郎首相は会見に臨んだ。「景気は回復している」と{verb}。") == direct(f"と{verb}")


@pytest.mark.parametrize("issued", ["声明を発表した", "声明を採択した", "談話を出した"])
def test_a_statement_quoted_after_the_body_put_it_out_is_the_bodys(issued):
    # 学会は…声明を採択した。声明は「…」としている: the words of the body, not of a document
    found = quotes(f"北浜物産は同日、{issued}。{issued[:2]}は「深くおわびする」としている。")
    assert [q[0] for q in found] == ["北浜物産"]


def test_a_statement_no_body_put_out_before_speaks_for_no_one_named():
    found = quotes("北浜物産は同日、会見を開いた。声明は「深くおわびする」としている。")
    assert [q[0] for q in found] != ["北浜物産"]


def test_an_academic_society_is_a_body_that_speaks():
    found = quotes("学会は最終日の総会で、声明を採択した。声明は「責任は人間が負う」としている。")
    assert [q[0] for q in found] == ["学会"]


@pytest.mark.parametrize("team, found", [("名古屋・", ["嶋津健太朗"]), ("名古屋の", [])])
def test_a_surname_after_its_team_opens_a_line_of_a_list_of_comments(team, found):
    text = f"名古屋はFW嶋津健太朗のトライで勝った。主なコメントは次の通り。\n\n{team}嶋津「フォワード全員で取ったトライです」\n"
    assert [q[0] for q in quotes(text)] == found


def test_a_club_announcing_what_its_coach_did_gives_him_no_words():
    # 岡山スカイラークスは、…監督（58）が辞任したと発表した: the club's announcement, no 「」
    assert quotes("岡山スカイラークスは8月4日、山田一郎監督（58）が辞任したと発表した。") == []


@pytest.mark.parametrize("verb", ["書いた", "記した"])
def test_words_someone_wrote_closing_the_sentence_are_their_quote(verb):
    assert quotes(f"山田一郎首相は同日、メールで「景気は回復している」と{verb}。") == direct(f"と{verb}")
    assert quotes(f"山田一郎首相は「景気は回復している」と、ブログに{verb}。") == direct(f"と、ブログに{verb}")


@pytest.mark.parametrize("sentence", [
    "子どもたちが「おかえり」と書いた横断幕を掲げた。",  # a text on a thing
    "山田一郎首相は、週刊誌に「景気は回復している」と書かれた。",  # written about him, by others
    "山田一郎首相は「景気は回復している」と書いたメールを送った。",  # a clause before a noun
    "山田一郎首相は「景気は回復している」と書いて、メールを送った。",  # not what closes the sentence
])
def test_a_written_text_that_no_one_signs_as_speech_is_no_quote(sentence):
    assert quotes(sentence) == []


@pytest.mark.parametrize("said, found", [("相手は妻の山田花子さん（70）で", "山田花子"), ("相手は近所の女性（70）で", "近所の女性（70）"),
                                         ("会場は東京で", "会場"), ("主催は北浜物産で", "主催")])  # no person: the topic as before
def test_the_person_a_topic_is_said_to_be_right_before_a_quote_speaks_it(said, found):
    # 知らせた相手は妻の芙美子さん（70）で、「…」と笑う: not the topic, the person it is
    text = f"坪井一郎さんは「よかった」と話した。{said}、「何のことか分からなかった」と笑う。"
    assert [q[0] for q in quotes(text)] == ["坪井一郎", found]


def test_a_body_set_off_after_a_clause_about_someone_else_is_the_subject_of_its_statement():
    # 山田元教授は…退職しており、同大学は、…としている: the university's statement, no 「」, no quote
    text = "北浜大学の山田一郎元教授は3月に退職しており、同大学は、懲戒解雇に相当すると判断したとしている。"
    assert quotes(text) == []


def test_a_body_not_set_off_after_the_occasion_is_part_of_what_was_said():
    # 外相は…インタビューに応じ、EUの加盟国は…べきだと主張した: the member states are her words' subject
    text = "山田一郎外相は19日、インタビューに応じ、欧州連合の加盟国は国防費を引き上げるべきだと主張した。"
    assert [q[0] for q in quotes(text)] == ["山田一郎"]


@pytest.mark.parametrize("sentence, writer", [
    ("ブラジルの山田一郎選手から届いた手紙を、司会者が読み上げた。", "山田一郎"),
    ("元教諭の山田一郎さん（88）が寄せた手紙を、教頭が代読した。", "山田一郎"),
    ("教頭が手紙を読み上げた。", "教頭"),  # no writer named: the one who read it out, as before
])
def test_a_letter_read_out_is_its_writers_words(sentence, writer):
    found = quotes(f"式が開かれた。{sentence}\n\n「君のおかげで、私は強くなれた」\n")
    assert [q[0] for q in found] == [writer]


@pytest.mark.parametrize("club, found", [("常陸ブレイカーズ", "常陸電機工業"), ("北浜物産", "北浜物産")])
def test_dosha_points_to_a_company_never_to_a_club(club, found):
    # a club (its town and an English plural) is 同クラブ, 同球団: 同社 is its parent company;
    # a company acting last is 同社 as ever
    text = (f"{club}は11月25日、親会社が運営から撤退すると発表した。記者会見した常陸電機工業の坂巻英明社長は、"
            "負担し続けることが難しくなったと説明した。同社は「社員として雇用する」としている。")
    assert [q[0] for q in quotes(text)][-1] == found


@pytest.mark.parametrize("before, written, writer", [
    ("2人には回復した男性から手紙が届けられた。", "手紙には「ありがとうございました」とつづられていた", "回復した男性"),
    ("式では、看護師らから届いた手紙も紹介された。", "手紙には「ありがとうございました」とつづられていた", "看護師ら"),
    ("山田花子さんが弟子に宛てた手紙が公開された。", "手紙には「ありがとうございました」と記されている", "山田花子"),
    ("記念館が開いた。", "山田花子さんの日記には「ありがとうございました」と記されていた", "山田花子"),
])
def test_what_a_letter_or_diary_says_is_its_writers_words(before, written, writer):
    found = quotes(f"鈴木一郎さんは「うれしい」と話した。{before}{written}。")
    assert [q[0] for q in found] == ["鈴木一郎", writer]


@pytest.mark.parametrize("before, written", [
    ("山田花子さんが手紙を受け取った。", "手紙には「ありがとうございました」と記されている"),  # who received it wrote nothing
    ("店は閉まっていた。", "看板には「臨時休業」と書かれていた"),  # a sign: no one's words
])
def test_a_text_whose_writer_is_not_known_is_no_ones_words(before, written):
    assert [q[0] for q in quotes(f"鈴木一郎さんは「うれしい」と話した。{before}{written}。")] == ["鈴木一郎"]


def test_an_orchestra_announcing_what_its_conductor_did_gives_him_no_words():
    found = quotes("北都フィルハーモニー管弦楽団は9月2日、首席指揮者の山田一郎氏（67）が退任すると発表した。")
    assert found == []


@pytest.mark.parametrize("how", ["驚いた様子でそう話した", "驚いた様子で話した"])
def test_a_sentence_naming_who_said_the_quote_before_may_say_how_they_looked_first(how):
    # 驚いた様子で: a clause before a noun, not the report; the report comes after it
    found = quotes(f"会社員の男性（34）は「怖かった」と話した。「電車が斜めになっていた」。近くに住む70代の女性は、{how}。")
    assert [q[0] for q in found] == ["会社員の男性（34）", "70代の女性"]


@pytest.mark.parametrize("line, found", [("北浜物産（名古屋市）「飲料水を県に届けた」", ["北浜物産"]),
                                         ("みのじ信用金庫（岐阜県関市）「返済を猶予する」", ["みのじ信用金庫"]),
                                         ("北浜物産は「飲料水を県に届けた」。ほかにも", ["北浜物産"])])
def test_a_body_leading_a_line_of_a_list_of_comments_speaks_it(line, found):
    assert [q[0] for q in quotes(f"主な企業の支援は次の通り。\n\n{line}\n")] == found


@pytest.mark.parametrize("bracket", ["（総務部）", ""])
def test_a_department_in_brackets_after_a_bodys_words_leaves_the_body_speaking(bracket):
    found = quotes(f"北浜物産は組合の要求について「受け入れられる水準を超えている」{bracket}と説明している。")
    assert [q[0] for q in found] == ["北浜物産"]


@pytest.mark.parametrize("setting, found", [("山田一郎さん（55）の畑では", "山田一郎"), ("町の畑では", "県の担当者")])
def test_the_person_whose_place_a_sentence_is_set_in_is_who_speaks_next(setting, found):
    # 鳴海亘さん（55）の畑では、…傷がついた。「…」と肩を落とした: the farmer, not the official before
    text = f"県の担当者は「被害を調べる」と話した。{setting}、実の半分近くに茶色い傷がついた。「加工用に回すしかない」と肩を落とした。"
    assert [q[0] for q in quotes(text)] == ["県の担当者", found]


def test_a_statement_after_a_sentence_citing_a_body_is_not_the_person_quoted_before():
    # 同保安部によると、…という。…おそれはないとしている: the body's words, no 「」, no quote
    found = quotes("乗客の男性（40）は「怖かった」と話した。北浜港湾局によると、フェリーは港に向かう途中だった。"
                   "船底の一部が破損して浸水したものの、沈没のおそれはないとしている。")
    assert [q[0] for q in found] == ["乗客の男性（40）"]


def test_an_unnamed_subject_of_a_clause_describing_an_object_is_part_of_what_was_said():
    # 北浜病院は「…」としており、薬剤師が確認する手順を導入したと説明した: the hospital's
    # statement after its quote, no 「」: not the pharmacist's, whom the clause describes
    found = quotes("北浜病院は「不十分だった」としており、薬剤師が確認する手順を導入したと説明した。")
    assert [q[0] for q in found] == ["北浜病院"]


@pytest.mark.parametrize("after, found", [
    ("、隣国のサミール・ハッダーディン外相が1日、首都での記者会見で発表した", ["サミール・ハッダーディン"]),
    ("、山田一郎外相が発表した", ["山田一郎"]),
    ("隣国の山田一郎外相が1日、首都での記者会見で発表した", []),  # no 、 after と: not the speaker set after it
])
def test_a_speaker_set_after_to_may_come_with_the_setting_of_the_statement(after, found):
    # …と、…外相が1日、記者会見で発表した: the speaker and when and where, between と and the verb
    assert [q[0] for q in quotes(f"政府と反政府勢力が停戦に合意したと{after}。")] == found


def test_hands_name_no_one_though_hand_ends_a_person_noun():
    # …女性の首を両手で絞めたと指摘した: 両手 is no 運転手 nor 選手; the prosecution speaks
    found = quotes("検察側は冒頭陳述で、被告が事件当夜、ナースコールを押した女性の首を両手で絞めたと指摘した。")
    assert [q[0] for q in found] == ["検察側"]


def test_a_statement_after_a_setting_with_a_proper_noun_continues_the_speaker():
    # ジュネーブでは: where, not a body speaking
    found = quotes("山田一郎首相は「景気は回復している」と述べた。ジュネーブでは、支援を続けると強調した。")
    assert [(q[0], q[1]) for q in found] == [("山田一郎", "direct"), ("山田一郎", "indirect")]


@pytest.mark.parametrize("clause", ["記者から質問が相次ぎ", "記者から質問が出て"])
def test_who_answers_is_never_whom_the_question_came_from(clause):
    found = quotes(f"山田一郎首相は会見に臨んだ。{clause}、「景気は回復している」と答えた。")
    assert [q[0] for q in found] == ["山田一郎"]


def test_voices_after_a_clause_of_their_source_are_the_sources():
    # 住民から苦情が相次ぎ、「…」との声: no passive, no answer; the residents' voices
    found = quotes("住民から苦情が相次ぎ、「早く直してほしい」との声が上がった。")
    assert [(q[0], q[2]) for q in found] == [("住民", "早く直してほしい")]


def test_a_statement_after_a_topic_that_is_a_thing_continues_the_speaker():
    # 選考は…決まった is what was explained: the writer before explains it
    found = quotes("作家の伏見章子さんは「静かな小説だ」と評価した。選考は2回の投票で決まったと説明した。")
    assert [(q[0], q[1]) for q in found] == [("伏見章子", "direct"), ("伏見章子", "indirect")]


@pytest.mark.parametrize("clause", ["三雲克典外務報道官の談話を発表し", "三雲克典外務報道官のコメントを出し"])
def test_whose_words_a_body_puts_out_before_the_quote_speaks_them(clause):
    found = quotes(f"日本の外務省は23日、{clause}、「選挙の実施を歓迎する」とした。")
    assert [(q[0], q[2]) for q in found] == [("三雲克典", "選挙の実施を歓迎する")]


def test_whose_words_the_speaker_answers_before_the_quote_does_not_speak_them():
    found = quotes("野党の鈴木次郎代表は、山田一郎首相の発言を受け、「説明が足りない」と批判した。")
    assert [(q[0], q[2]) for q in found] == [("鈴木次郎", "説明が足りない")]


def test_a_sentence_of_a_setting_with_no_one_in_it_keeps_who_speaks_next():
    found = quotes("山田一郎首相は「景気は回復している」と述べた。対策には、給付が盛り込まれた。「支援を急ぐ」とも強調した。")
    assert found == [("山田一郎", "direct", "景気は回復している", "と述べた"), ("山田一郎", "direct", "支援を急ぐ", "とも強調した")]


def test_a_sentence_of_a_setting_with_people_in_it_ends_who_speaks_next():
    # 式典には、町民200名が参加した: a statement after it is neither theirs nor the last speaker's
    found = quotes("山田一郎首相は「景気は回復している」と述べた。式典には、町民200名が参加した。「支援を急ぐ」とも強調した。")
    assert found == [("山田一郎", "direct", "景気は回復している", "と述べた")]



@pytest.mark.parametrize("sentence, name", [
    ("夫は避難の途中で武装集団に殺害された。", "山田花子"),  # what was done to him: she goes on
    ("夫は避難の途中で武装集団と戦った。", "夫"),  # what he did: he is who the text is about now
    ("夫は弁護士を通じてコメントを出した。", "夫"),  # a relative who acts (not things done to him)
    ("トラック運転手の男性（52）は、車内で足止めされた。", "トラック運転手の男性（52）"),  # someone new, not a relative
])
def test_an_unnamed_person_things_were_done_to_is_not_who_a_quote_alone_next_continues(sentence, name):
    text = f"避難民の山田花子さん（31）は、小屋で暮らす。{sentence}\n\n「夜になると、子どもたちは泣き出す」\n"
    assert [s for s, _, _, _ in quotes(text)] == [name]


@pytest.mark.parametrize("who, found", [("男性の長女（55）", ["男性の長女（55）"]), ("観客", []), ("町民200名", [])])
def test_one_unnamed_person_in_a_sentence_of_a_setting_is_who_speaks_next(who, found):
    # 式には男性の長女（55）も同席し: one person there; a crowd is no one a statement continues
    text = f"山田一郎署長は「勇気ある行動だ」とたたえた。式には{who}も同席し、頭を下げた。「感謝してもしきれない」と話した。"
    assert [q[0] for q in quotes(text)] == ["山田一郎", *found]


@pytest.mark.parametrize("who, name", [("MFの氏家亮介選手", "氏家亮介"), ("佐藤花子監督", "佐藤花子"),
                                       ("会場が狭いながら、MFの氏家亮介選手", "氏家亮介")])  # a subject that is no one between
def test_a_person_named_in_a_sentence_of_a_setting_is_who_speaks_next(who, name):
    # 会見には、氏家選手も駆けつけ: the setting is not who the sentence is about, the person is
    found = quotes(f"会見には、{who}も駆けつけ、花束を手渡した。「最後まで一緒に戦いたい」と涙ぐんだ。")
    assert [(s, v) for s, _, _, v in found] == [(name, "と涙ぐんだ")]

@pytest.mark.parametrize("asking, answer, speaker", [
    ("記者が店主に尋ねると", "と答えた", "店主"),
    ("男性に声をかけると", "と返事があった", "男性"),
    ("記者が近くの住民に話を聞くと", "と話した", "近くの住民"),
])
def test_the_one_asked_in_a_condition_before_the_quote_answers_it(asking, answer, speaker):
    found = quotes(f"山田一郎首相は「景気は回復している」と述べた。{asking}、「もう限界だ」{answer}。")
    assert found[1:] == [(speaker, "direct", "もう限界だ", answer)]


def test_a_subject_opening_a_statement_chained_after_the_topics_quote_is_what_it_says():
    # the principal explains; the staff are what he explains of
    found = quotes("鈴木次郎校長は「全力を尽くします」とした上で、当面は教職員が通学路に立って見守ると説明した。")
    assert found == [("鈴木次郎", "direct", "全力を尽くします", "とした"),
                     ("鈴木次郎", "indirect", "当面は教職員が通学路に立って見守る", "と説明した")]


def test_a_word_with_mo_that_names_no_one_is_not_whom_a_quote_alone_after_the_sentence_continues():
    # 何度も: even, many times; the man is who the sentence is about
    found = quotes("遠足で何度も来たという会社員の男性（42）は、長男と並んで手を合わせた。「お世話になった」。")
    assert found == [("会社員の男性（42）", "direct", "お世話になった", "")]


@pytest.mark.parametrize("source", ["教育委員会によると", "教育委員会によれば"])
def test_what_a_source_told_is_not_the_last_speakers_statement(source):
    found = quotes(f"山田一郎首相は「景気は回復している」と述べた。{source}、地元の自治会は施設として残すよう市に要望しているという。")
    assert found == direct("と述べた")


def test_a_subject_inside_what_was_told_before_the_quote_is_not_who_speaks_it():
    found = quotes("鈴木次郎さんは会見した。同僚の多くも似た症状だったといい、「景気は回復している」と語った。")
    assert found == [("鈴木次郎", "direct", "景気は回復している", "と語った")]


def test_a_topic_set_off_by_a_comma_before_what_it_told_speaks_the_quote_after_it():
    assert quotes("山田一郎首相は、被害は大きかったといい、「景気は回復している」と語った。") == direct("と語った")


@pytest.mark.parametrize("kind", ["物流会社", "物流会社の"])
def test_a_name_in_brackets_after_the_kind_of_body_it_names_is_no_quote(kind):
    # と is "and" here: the company and the former boss were sued
    assert quotes(f"女性が、{kind}「ツクシ運輸」と元上司の男性に損害賠償を求めた。") == []


def test_words_in_brackets_after_a_kind_of_body_are_still_a_quote_when_they_read_as_speech():
    assert quotes("物流会社「運賃を上げる」と社長の山田一郎氏は述べた。")[0][2] == "運賃を上げる"


def test_whose_message_was_read_out_owns_it_not_who_read_it():
    found = quotes("主演の山田一郎さんは欠席した。会場では、「皆さんに感謝したい」との山田さんのメッセージを司会者が代読した。")
    assert found == [("山田一郎", "direct", "皆さんに感謝したい", "との山田さんのメッセージを司会者が代読した")]


def test_a_cleft_with_sou_opening_the_next_paragraph_names_a_quote_paragraph():
    # そう points back: the paragraph names the quote before it, though alone in its paragraph
    found = quotes("見出し\n\n山田一郎首相は会見に臨んだ。首相は笑顔だった。\n\n「景気は回復している」\n\nそう笑うのは、会見に同席した鈴木次郎氏だ。")
    assert [(name, text) for name, _, text, _ in found] == [("鈴木次郎", "景気は回復している")]


def test_a_quote_paragraph_after_sentences_about_things_in_a_persons_story_is_theirs():
    # 最初の3年間は…毎日だった。…ことは一度もないという。⏎「…」: still the person's story
    text = ("見出し\n\n鍬田勘吉さんは近所の鍛冶屋に弟子入りした。最初の3年間は、炭を運ぶだけの毎日だった。"
            "親方に鉄の打ち方を教わったことは一度もないという。\n\n「見て盗め、の時代ですよ」\n")
    assert [name for name, _, _, _ in quotes(text)] == ["鍬田勘吉"]


def test_the_person_after_a_clause_closed_by_ga_is_whom_the_next_statement_continues():
    # 同社は…と主張していたが、矢吹裁判長は「…」と退けた。⏎また、…と指摘した: the judge's
    text = ("同社は、待つ時間は休憩にあたると主張していたが、矢吹隆之裁判長は「労働から解放されていたとはいえない」と退けた。\n\n"
            "また、同社が日報だけで労働時間を管理していた点について、把握する義務を怠っていたと指摘した。\n")
    assert [(name, kind) for name, kind, _, _ in quotes(text)] == [("矢吹隆之", "direct"), ("矢吹隆之", "indirect")]


def test_a_statement_chained_after_a_quote_is_not_the_subject_of_what_was_asked():
    # 担任が報告していなかったことについて問われると、「…」と説明し、…と否定した: the head's
    found = quotes("井筒敏行校長は「心からおわびする」と謝罪した。担任が報告していなかったことについて問われると、"
                   "「仕組みが機能していなかった」と説明し、問題を隠す意図はなかったと否定した。")
    assert [name for name, _, _, _ in found] == ["井筒敏行"] * 3


def test_doushi_is_the_person_the_last_sentence_was_about_not_the_last_one_named():
    # 樫村大臣は…深見首相と会談し、辞表を提出した。同氏は: 樫村, whom the sentence was about
    found = quotes("樫村敏昌大臣は首相官邸で深見秀臣首相と会談し、辞表を提出した。同氏は講演で「採算の取れない地域は切り捨てるべきだ」と発言した。")
    assert [name for name, _, _, _ in found] == ["樫村敏昌"]


def test_a_persons_forms_are_what_the_text_calls_them_never_empty_nor_the_name_again():
    from tui.quotes.directory import Person

    person = Person(1, "山田太郎", ("山田", "太郎"))
    for form in ("", "山田太郎", "山田氏", "山田氏"):
        person.add_form(form)
    assert person.forms == ["山田氏"]


def test_a_thing_described_with_people_in_its_sentence_keeps_whom_a_statement_next_continues():
    # 第3セットは、相手の選手たちが驚く逆転だった: people in it, but the sentence says what the
    # set was (a copula after た is stripped), so the player before goes on
    found = quotes("山田太郎選手は「勝った」と話した。第3セットは、相手の選手たちが驚く逆転だった。また「うれしい」と述べた。")
    assert [name for name, _, _, _ in found] == ["山田太郎", "山田太郎"]


def test_the_question_answered_as_topic_with_ni_is_no_speaker():
    # 「…」という質問には、「…」と答えた: what is answered, not who answers; she goes on
    found = quotes("砂田ハツエさんは講演した。「何ができますか」という質問には、「難しく考えなくていい」と答えた。")
    assert [(name, text) for name, _, text, _ in found] == [("砂田ハツエ", "難しく考えなくていい")]


def test_a_bare_word_after_someone_described_by_it_in_the_paragraph_is_them_again():
    # 息子を名乗る男から「…」。…男は「…」: one man, not a second one called 男
    found = quotes("女性は先月、息子を名乗る男から「金を使い込んだ」と電話を受けた。声が違うと感じたが、"
                   "男は「風邪をひいた」と説明したという。")
    assert [name for name, _, _, _ in found] == ["息子を名乗る男", "息子を名乗る男"]


def test_words_said_to_the_person_the_text_is_about_leave_them_whom_the_next_statement_continues():
    # 医師から「…」と告げられたという: the doctor's words, said to her; she goes on
    found = quotes("山田花子さんは活動を休止した。一時は医師から「歌えるかは分からない」と告げられたという。"
                   "「手紙に救われた」と話した。")
    assert [(name, text) for name, _, text, _ in found] == [("医師", "歌えるかは分からない"), ("山田花子", "手紙に救われた")]


def test_the_person_a_cleft_without_a_quote_names_is_whom_the_next_statement_continues():
    # 呼び込まれたのは、ギタリストの佐伯徹。「…」と話し: the cleft names him
    found = quotes("水城アオイさんが歌った。アンコールでステージに呼び込まれたのは、ギタリストの佐伯徹さん。"
                   "「ずっと待っていた」と話した。")
    assert [(name, text) for name, _, text, _ in found] == [("佐伯徹", "ずっと待っていた")]


def test_the_person_a_sentence_of_a_noun_phrase_names_is_whom_the_next_statement_continues():
    found = quotes("鶴見創氏が初当選した。一方、批判をかわしきれなかった堀之内誠一氏。"
                   "支持者らを前に「力不足だった」と静かに語った。")
    assert [(name, text) for name, _, text, _ in found] == [("堀之内誠一", "力不足だった")]


@pytest.mark.parametrize("noun_phrase", ["3期12年の長期市政の終わり", "事務所に詰めかけた大勢の支持者たち"])
def test_a_sentence_of_a_noun_phrase_naming_no_one_by_name_keeps_who_speaks_next(noun_phrase):
    found = quotes(f"鶴見創氏が初当選した。{noun_phrase}。会場で「力不足だった」と語った。")
    assert [(name, text) for name, _, text, _ in found] == [("鶴見創", "力不足だった")]


def test_the_person_whose_presence_a_sentence_reports_is_whom_the_next_statement_continues():
    # …矢萩美咲さん（18）の姿もあった: she was there; her age between her name and の
    found = quotes("無職の女性（82）は「心配だ」と話した。最終列車には、高校を卒業した矢萩美咲さん（18）の姿もあった。"
                   "「運転士さんが声をかけてくれた」と、目に涙を浮かべた。")
    assert [(name, text) for name, _, text, _ in found][-1] == ("矢萩美咲", "運転士さんが声をかけてくれた")


def test_a_thing_located_before_a_quote_is_not_its_speaker():
    # 停留所は自宅の前にあり、「…」と話した: where the stop is, then the woman's words
    found = quotes("無職の女性（82）は「心配だ」と話した。新しい停留所は自宅の前にあり、「便利になるかもしれない」と話した。")
    assert [name for name, _, _, _ in found] == ["無職の女性（82）", "無職の女性（82）"]


def test_whom_the_person_the_story_is_about_acted_on_in_a_cleft_is_not_who_speaks_next():
    # 最初に受け持ったのは…女性だった: the teacher taught her; the teacher recalls
    found = quotes("教諭の宮内澄江さんは夜間学級に移った。最初に受け持ったのは、字が読めないまま70歳を迎えた女性だった。"
                   "「教師の仕事の意味を初めて考えました」と振り返る。")
    assert [q[0] for q in found] == ["宮内澄江"]


def test_the_unnamed_person_a_cleft_names_after_a_body_spoke_is_who_speaks_next():
    # 通報したのは、…母親だった: no person the story is about before, only the school
    found = quotes("北浜小学校は「児童は無事だ」としている。通報したのは、長男を送ってきた近くに住む30代の母親だった。"
                   "「黒いものが横切った」と、声を震わせた。")
    assert [q[0] for q in found] == ["北浜小学校", "30代の母親"]


def test_who_did_what_a_cleft_with_its_object_tells_is_who_speaks_next():
    # クマを最初に見つけたのは…男性だ: he found it; his words follow
    found = quotes("町の山田一郎町長は注意を呼びかけた。クマを最初に見つけたのは、この家に住む70代の男性だ。"
                   "「体が震えた」と振り返った。")
    assert [q[0] for q in found][-1] == "70代の男性"


def test_who_told_the_hearsay_not_whom_it_told_of_is_whom_the_next_statement_continues():
    found = quotes("杜氏の小宮山玲奈さんは金賞に選ばれた。小宮山さんによると、当時、蔵で働く女性は自分一人だったという。"
                   "「毎晩泣いていました」と振り返る。")
    assert [q[0] for q in found] == ["小宮山玲奈"]


def test_who_a_sentence_says_received_a_thing_is_whom_the_next_statement_continues():
    found = quotes("作品賞は山田一郎監督の作品が受賞した。新人賞は、主人公の少女を演じた蒔田すず（13）が受賞した。"
                   "緊張した面持ちで「まだ夢みたいです」と話した。")
    assert [(q[0], q[2]) for q in found] == [("蒔田すず", "まだ夢みたいです")]


def test_a_setting_is_not_identified_as_the_description_after_it():
    # 式には、瑞穂のひ孫で…の雲井拓真さん（52）も出席した: the description is his, the setting no one
    found = quotes("式には、瑞穂のひ孫で東京都在住の雲井拓真さん（52）も出席した。「初めてです」と感慨深げに話した。")
    assert [q[0] for q in found] == ["雲井拓真"]


def test_an_innkeeper_is_a_person_whom_a_quote_alone_next_continues():
    found = quotes("村内の旅館の女将（58）は、夜明けまで客と一緒に過ごした。「建物はどうにでもなる」。"
                   "そう言って、玄関の壁に目をやった。")
    assert [q[0] for q in found] == ["旅館の女将（58）"]


def test_a_title_with_mo_inside_what_describes_the_speaker_is_not_the_speaker():
    # 同校の校長も務めた男性（72）は: "who also served as the principal", the man speaks
    found = quotes("卒業生で、同校の校長も務めた男性（72）は、思い出が詰まっていると話し、「跡地は残してほしい」と願った。")
    assert [(name, v) for name, _, _, v in found] == [("校長も務めた男性（72）", "と話し"), ("校長も務めた男性（72）", "と願った")]


@pytest.mark.parametrize("verb", ["懸念を示す", "目を細める", "不安を口にする"])
def test_a_cleft_with_sou_before_any_verb_and_its_object_names_the_quote_before(verb):
    # 「…」。そう懸念を示すのは、…氏だ: the pointer before the verb's object
    found = quotes(f"山田一郎首相は会見に臨んだ。「景気は後退しかねない」。そう{verb}のは、評論家の鈴木次郎氏だ。")
    assert [(name, text, v) for name, _, text, v in found] == [("鈴木次郎", "景気は後退しかねない", verb)]


@pytest.mark.parametrize("verb", ["危機感をあらわにした", "懸念を示した"])
def test_a_sentence_after_a_quote_with_sou_before_any_verb_and_its_object_names_who_said_it(verb):
    # 「…」。同党のベテラン議員は、そう危機感をあらわにした: no speech verb, the pointer says it
    found = quotes(f"山田一郎首相は会見に臨んだ。「執行部の責任問題に発展しかねない」。鈴木次郎議員は、そう{verb}。")
    assert [(name, text) for name, _, text, _ in found] == [("鈴木次郎", "執行部の責任問題に発展しかねない")]


@pytest.mark.parametrize("after", ["", "\n\n会見は終わった。"])
def test_a_quote_paragraph_the_next_paragraph_does_not_name_is_whom_the_text_was_about(after):
    found = quotes(f"見出し\n\n山田一郎首相は会見に臨んだ。\n\n「景気は回復している」{after}")
    assert found == [("山田一郎", "direct", "景気は回復している", "")]


def test_a_doctor_by_specialty_is_a_person():
    found = quotes("「景気は回復している」と、ある神経内科医は話している。")
    # named as written, ある included: a doctor left unnamed (set 16: ある閣僚経験者)
    assert found == [("ある神経内科医", "direct", "景気は回復している", "と、ある神経内科医は話している")]


# --- direct quotes: no marker after 」 ---------------------------------------------------------------------


def test_a_bare_quote_right_before_a_speech_verb_is_reported_by_it():
    # 「…」批判した: the verbal noun right after the bracket is the predicate
    assert quotes("山田一郎首相は「増税は認められない」批判した。") == [("山田一郎", "direct", "増税は認められない", "批判した")]


def test_a_bare_quote_before_a_verb_that_is_no_speech_is_no_statement():
    assert quotes(f"{SAID}会場を後にした。") == []


def test_a_bare_quote_before_a_comma_is_not_reported_by_the_verb_of_the_next_clause():
    # 強調した has its own object (雇用の改善を): the quote is not what it reports
    assert quotes(f"{SAID}、雇用の改善を強調した。") == []


def test_a_request_verb_reports_the_bracket_before_it_only_when_it_ends_in_you():
    # 「…」など求めた: things asked for, named in brackets, not the words of a request
    assert quotes("山田一郎首相は「景気対策」など求めた。") == []


# --- direct quotes: という before a noun ------------------------------------------------------------------------


def test_a_saying_named_with_iu_before_a_noun_is_no_statement():
    # 「…」と昔から言う言葉: a saying quoted as a name, not the subject's words
    assert quotes("山田一郎首相は「急がば回れ」と昔から言う言葉を引いた。") == []


# --- direct quotes: a description of the speaker after と, at its longest ---------------------------------------


def test_a_description_of_the_speaker_is_read_up_to_five_words_after_to():
    # と|涙声|だっ|た|そう|です: the copula ends five words after と
    found = quotes("敗れた南西大の北野誠監督は「あと一本が出なかった」と涙声だったそうです。")
    assert found == [("北野誠", "direct", "あと一本が出なかった", "と涙声だったそうです")]


def test_a_description_of_the_speaker_is_not_read_six_words_after_to():
    # と|涙声|交じり|だっ|た|そう|です: six words, past the rule's bound (a clause
    # of its own is more likely than a description that long)
    assert quotes("敗れた南西大の北野誠監督は「あと一本が出なかった」と涙声交じりだったそうです。") == []


# --- reported speech: the gap between と and the verb ------------------------------------------------------------


def test_a_ga_phrase_that_names_no_speaker_in_the_gap_ends_the_statement():
    # …と、報告書が指摘した: the report points it out, not the prime minister
    assert quotes("山田一郎首相は、景気は回復していると、報告書が指摘した。") == []


def test_a_relayed_statement_after_a_relayed_noun_that_is_not_relayed():
    # 説明を避けた: 説明 is no の-linked statement; the 発言 after it is
    found = quotes("東西通信は、説明を避けた同国の保健当局者の発言として、感染者は10人に増えたと伝えた。")
    assert found == [("同国の保健当局者", "indirect", "感染者は10人に増えた", "と伝えた")]


# --- who speaks: the speaker phrase -------------------------------------------------------------------------


def test_a_relative_clause_in_te_iru_describing_the_speaker_is_part_of_the_name():
    # 乗務し|て|い|た: the clause walks back over て to its verb and argument
    assert quotes("電車に乗務していた男性は「急に揺れた」と話した。") == [("電車に乗務していた男性", "direct", "急に揺れた", "と話した")]


def test_a_name_after_no_right_before_a_quote_speaks_it():
    # 北浜市の山田一郎市長「…」: a name with no particle before the bracket, its body before の
    assert quotes("北浜市の山田一郎市長「全力を尽くす」") == [("山田一郎", "direct", "全力を尽くす", "")]


def test_a_role_names_the_one_person_with_an_office_of_that_role():
    # 元首: the 大統領 of the two people met before, not the 外相
    text = "北の国のキム・ソンホ大統領と南の国の山田一郎外相が会談した。\n\n元首は「我々は何も恐れない」と述べた。"
    assert quotes(text) == [("キム・ソンホ", "direct", "我々は何も恐れない", "と述べた")]


def test_a_surname_with_a_title_is_the_person_introduced_with_that_surname_and_keeps_its_form():
    # 松本知事, after 松本一郎知事: the same person; the form as written is one of their names
    article = parse("松本一郎知事は15日、会見を開いた。\n\n松本知事は「県民の安全を守る」と語った。")
    [sp] = find_speakers(article, analyze(article))
    assert (sp.name, sp.aliases) == ("松本一郎", ("松本一郎知事", "松本知事", "知事"))


@pytest.mark.parametrize("pointer", ["その", "この"])
def test_a_pointer_to_nobody_described_before_is_dropped_from_the_name(pointer):
    # その記者 with no 記者 before: the description without その
    assert quotes(f"{pointer}記者は「景気は回復している」と述べた。") == [("記者", "direct", "景気は回復している", "と述べた")]


def test_a_body_named_with_kara_inside_the_clause_of_the_speaker_is_not_the_speaker():
    # 北浜市から連絡を受けた山田一郎首相は: the words are not the city's
    found = quotes("「景気は回復している」と北浜市から連絡を受けた山田一郎首相は述べた。")
    assert [q[0] for q in found] == ["山田一郎"]


# --- a block without full stops, cut into windows --------------------------------------------------------------


def block_sentences(text: str) -> list[tuple[int, int]]:
    from tui.analysis import tokenize
    from tui.quotes.sentences import quote_spans, sentences

    return [(s.start, s.end) for s in sentences(text, quote_spans(text), tokenize(text))]


def test_a_window_is_never_cut_inside_the_blocks_first_quote():
    # commas before and inside a quote that spans the window's end: the cut is before the quote
    text = "あ、" * 300 + "「" + "い、" * 300 + "」" + "う" * 300
    assert block_sentences(text)[0] == (0, 600)


def test_a_word_longer_than_the_window_is_never_cut():
    # one token of 1,500 letters after a first word: no token start to cut at, the block stays whole
    text = "あ" + "a" * 1500 + "い"
    assert block_sentences(text) == [(0, len(text))]


def test_a_role_a_person_is_named_by_becomes_one_of_their_names():
    text = "北の国のキム・ソンホ大統領と南の国の山田一郎外相が会談した。\n\n元首は「我々は何も恐れない」と述べた。"
    article = parse(text)
    [sp] = find_speakers(article, analyze(article))
    assert "元首" in sp.aliases


def test_a_surname_first_and_the_full_name_later_is_one_person_named_in_full():
    text = "山田氏は会見を開いた。\n\n山田一郎首相は「景気は回復している」と述べた。"
    assert [q[0] for q in quotes(text)] == ["山田一郎"]


@pytest.mark.parametrize("text", [
    "「ひだまりケア」（東京都）は「利用者の安全を守る」とコメントした。",  # at the start of the sentence
    "15日、「ひだまりケア」は「利用者の安全を守る」とコメントした。",  # after other words
    "「北浜市民の暮らしと健康を守る会・地域連絡協議会本部」は「利用者の安全を守る」とコメントした。",  # 25 characters
])
def test_a_name_in_brackets_right_before_a_quote_names_a_body_that_speaks(text):
    name = text[text.index("「") + 1 : text.index("」")]
    assert [q[0] for q in quotes(text)] == [name]


def test_a_subject_set_off_by_a_comma_speaks_past_a_clause_of_reason():
    # 山田一郎首相が、…続いたため「…」: the comma makes it the sentence's subject, not the clause's
    found = quotes("山田一郎首相が、記者の質問が続いたため「景気は回復している」と述べた。")
    assert [q[0] for q in found] == ["山田一郎"]


def test_a_text_ending_in_te_after_a_subject_is_read_without_error():
    assert quotes("山田一郎首相が会場を訪れて") == []


def test_a_quote_made_without_its_block_is_in_the_block_of_its_line():
    from tui.quotes import Quote

    assert Quote(line=3, kind="direct", text="景気は回復している", verb="と述べた").block == 3


def test_a_time_as_topic_does_not_end_what_the_text_is_about():
    # 今回は is no subject: the quote with no subject after it is still the prime minister's
    text = "山田一郎首相は会見を開いた。今回は記者の質問に答えた。また「景気は回復している」と述べた。"
    assert [q[0] for q in quotes(text)] == ["山田一郎"]


@pytest.mark.parametrize("when", ["ゴール後", "試合後"])  # 後: a suffix to Sudachi
def test_an_event_and_after_as_topic_is_no_speaker(when):
    # ゴール後は通訳を通じて「…」と話した: when, not who; the runner named before goes on
    text = f"山田一郎選手は35キロ過ぎに独走した。{when}は通訳を通じて「応援が力をくれた」と話した。"
    assert quotes(text) == [("山田一郎", "direct", "応援が力をくれた", "と話した")]


@pytest.mark.parametrize("when", ["15日", "７日"])  # Sudachi tags this 日 a noun, that one a suffix
def test_a_date_as_topic_right_before_a_quote_is_no_speaker(when):
    # 15日は「…」: when, not who (its last word is a counter, not a numeral); the prime minister goes on
    text = f"山田一郎首相は14日に訪米した。{when}は「同盟を深める」と述べた。"
    assert quotes(text) == [("山田一郎", "direct", "同盟を深める", "と述べた")]


def test_a_speech_verb_in_the_middle_of_a_sentence_announces_no_quote():
    # こう語り、席を立った: the sentence ends with leaving, not with the words; the quote after has no verb
    assert quotes("山田一郎首相はこう語り、席を立った。「景気は回復している」") == [("山田一郎", "direct", "景気は回復している", "")]


def test_dou_before_a_person_noun_points_back_and_is_dropped_from_the_name():
    # 同男性 with nobody described before: 男性, as その記者 is 記者
    assert quotes("同男性は「急に揺れた」と話した。") == [("男性", "direct", "急に揺れた", "と話した")]


def test_an_age_in_half_width_brackets_after_a_name_is_no_part_of_it():
    assert quotes("山田一郎首相(45)は「景気は回復している」と述べた。") == direct("と述べた")


def test_a_body_named_in_brackets_speaks_a_quote_after_a_comma():
    # 「ひだまりケア」は、「…」: the comma between the particle and the quote
    found = quotes("「ひだまりケア」は、「利用者の安全を守る」とコメントした。")
    assert found == [("ひだまりケア", "direct", "利用者の安全を守る", "とコメントした")]


# --- reported speech: connectives and circumstances before the content (mutation draw of 2026-12-02) -----------


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("山田一郎首相は、ただちに撤退すべきだと述べた。", "ただちに撤退すべきだ"),  # not ただ and ちに
        ("山田一郎首相は、一方的に撤退すべきではないと述べた。", "一方的に撤退すべきではない"),  # not 一方 and 的に
    ],
)
def test_a_connective_is_skipped_only_as_a_word_of_its_own(text, said):
    assert quotes(text) == reported(said, "と述べた")


def test_sarani_wa_is_skipped_whole_not_as_sarani_and_wa():
    assert quotes("山田一郎首相は、さらには景気も回復していると述べた。") == reported("景気も回復している", "と述べた")


def test_a_clause_of_one_word_before_a_comma_is_part_of_what_was_said():
    # する、しないは…: する alone is no occasion (会議に出席し、)
    found = quotes("山田一郎首相は、する、しないは本人が決めればよいと述べた。")
    assert found == reported("する、しないは本人が決めればよい", "と述べた")


def test_a_date_with_a_bracket_then_more_words_is_part_of_what_was_said():
    # 5日（金）に発表された統計は、 is what the statement is about, not when it was made
    found = quotes("山田一郎首相は、5日（金）に発表された統計は、景気の回復を示していると述べた。")
    assert found == reported("5日（金）に発表された統計は、景気の回復を示している", "と述べた")


def test_a_source_before_the_content_is_skipped_when_the_speaker_follows_it():
    found = quotes("関係者によると、景気は回復していると山田一郎首相が述べた。")
    assert found == [("山田一郎", "indirect", "景気は回復している", "と山田一郎首相が述べた")]


def test_a_day_before_the_content_is_skipped_when_the_speaker_follows_it():
    found = quotes("15日、景気は回復していると山田一郎首相が述べた。")
    assert found == [("山田一郎", "indirect", "景気は回復している", "と山田一郎首相が述べた")]


def test_a_meeting_with_someone_before_the_content_is_its_occasion():
    found = quotes("山田一郎首相は、米大統領と会見し、両国の関係は強固だと述べた。")
    assert found == reported("両国の関係は強固だ", "と述べた")


def test_a_list_of_nouns_before_the_content_is_part_of_what_was_said():
    # only a noun phrase ending in 後 or 前 (会議後、) says when
    found = quotes("山田一郎首相は、物価上昇、円安、賃金の停滞が景気の重荷だと述べた。")
    assert found == reported("物価上昇、円安、賃金の停滞が景気の重荷だ", "と述べた")


def test_a_noun_phrase_ending_in_mae_before_the_content_says_when():
    assert quotes("山田一郎首相は、閣議前、景気は回復していると述べた。") == reported("景気は回復している", "と述べた")


def test_an_occasion_verb_after_an_adverb_is_part_of_what_was_said():
    # 協議にただちに応じ、…すべきだ: what should be done, not the occasion of the statement
    found = quotes("山田一郎首相は、協議にただちに応じ、対立を解消すべきだと述べた。")
    assert found == reported("協議にただちに応じ、対立を解消すべきだ", "と述べた")


@pytest.mark.parametrize("asked", ["問われると", "質問されると"])
def test_the_question_answered_before_the_content_is_not_what_was_said(asked):
    found = quotes(f"山田一郎首相は、増税について{asked}、景気は回復していると述べた。")
    assert found == reported("景気は回復している", "と述べた")


def test_the_gist_after_an_auxiliary_is_what_was_said():
    # 進めたい旨を述べた: 旨 right after たい
    assert quotes("山田一郎首相は、改革を進めたい旨を述べた。") == reported("改革を進めたい", "旨を述べた")


def test_a_speech_verb_inside_a_quote_reports_no_statement_of_its_own():
    found = quotes("山田一郎首相は「景気は回復していると述べた」と語った。")
    assert found == [("山田一郎", "direct", "景気は回復していると述べた", "と語った")]


def test_an_act_demanded_in_a_sentence_of_its_own_is_reported_speech_of_the_subject():
    # 工事の中止を求めた。: the act demanded starts the sentence, its speaker is the one before
    found = quotes("山田一郎首相は記者会見を開いた。工事の中止を求めた。")
    assert found == reported("工事の中止", "を求めた")


def test_a_quotative_inside_brackets_closes_no_relayed_statement():
    # the words in 「」 are the official's own, quoted whole: no reported statement ends inside them
    found = quotes("東西通信は、市当局者の発言として「景気は回復していると思う」を紹介した。")
    assert [q for q in found if q[1] == "indirect"] == []


def test_a_setting_of_twelve_words_the_longest_circumstance_is_not_what_was_said():
    # 2017|年|1|月|11|日|の|定例|会見|に|おい|て: twelve words, MAX_CIRCUMSTANCE
    found = quotes("山田一郎首相は、2017年1月11日の定例会見において、景気は回復していると述べた。")
    assert found == reported("景気は回復している", "と述べた")


@pytest.mark.parametrize(
    "paragraph",
    [
        "を明らかにした。方針は地域の活性化につなげること",
        "の見方を示した。景気は回復していると",
        "記者団に求めた。改善を急ぐよう",
        "に求めた。改善を急ぐよう",
    ],
)
def test_a_statement_is_never_read_from_the_end_of_its_paragraph(paragraph):
    # a paragraph that starts after its marker (a sentence cut by a blank line): what was
    # said is not in it, and the marker at its end (こと, と, よう) belongs to nothing before
    assert quotes(f"山田一郎首相は記者会見を開いた。\n\n{paragraph}") == []


@pytest.mark.parametrize("like", ["以前のように", "以前の様に"])
def test_a_comparison_in_you_between_to_and_the_verb_is_part_of_the_gap(like):
    # と、以前のように強調した: よう after の says how, it is no request's marker (急ぐよう求めた)
    found = quotes(f"山田一郎首相は、景気は回復していると、{like}強調した。")
    assert found == reported("景気は回復している", f"と、{like}強調した")


def test_a_conditional_to_seven_words_before_the_verb_is_no_quotative():
    # 会議が終わると、大臣室で記者団に改めて語った: when the meeting ended; what he
    # said is not written (seven words between と and 語った, past MAX_GAP)
    assert quotes("山田一郎首相は、会議が終わると、大臣室で記者団に改めて語った。") == []


def test_a_content_ending_in_koto_before_to_is_what_was_said():
    # …ことと述べた: こと ends the content, unlike a noun before と (大統領と話した)
    found = quotes("山田一郎首相は、大切なのは対話を続けることと述べた。")
    assert found == reported("大切なのは対話を続けること", "と述べた")


@pytest.mark.parametrize("end", ["", "。"])
def test_a_speaker_in_brackets_that_ends_the_text_speaks_the_quote_before_it(end):
    # 「…」（山田一郎首相）: a caption-like line, the speaker named in brackets after the words
    assert quotes(f"「景気は回復している」（山田一郎首相）{end}") == [("山田一郎", "direct", "景気は回復している", "")]


# --- the speech lexicon: the edges of its phrases (mutation draw of 2026-12-02) ----------------------------------


def test_a_statement_noun_inside_a_compound_after_to_is_no_statement_phrase():
    # と意見交換の場で述べた: 意見 is part of 意見交換, the verb is 述べた
    found = quotes("山田一郎首相は「景気は回復している」と意見交換の場で述べた。")
    assert found == direct("と意見交換の場で述べた")


def test_a_split_reaction_after_its_speaker_is_reported_with_the_speaker_between():
    # 「…」と山田一郎選手は意気込んだ: 意気|込んだ, the speaker between と and the reaction
    found = quotes("「優勝したい」と山田一郎選手は意気込んだ。")
    assert found == [("山田一郎", "direct", "優勝したい", "と山田一郎選手は意気込んだ")]


def test_the_gist_of_a_statement_with_ga_is_what_the_speaker_said():
    # 山田一郎首相から…との趣旨の発言があった: the words came from the prime minister
    found = quotes("山田一郎首相から、景気は回復しているとの趣旨の発言があった。")
    assert found == reported("景気は回復している", "との趣旨の発言があった")


def test_akiraka_ni_suru_ending_the_text_reports_what_was_made_clear():
    found = quotes("山田一郎首相は、景気は回復していることを明らかにする")
    assert found == reported("景気は回復している", "ことを明らかにする")


def test_a_title_with_a_prefix_after_the_verb_is_the_speaker():
    # 「…」と語る同社新社長: 同社|新|社長, the prefix 新 inside the title that speaks
    found = quotes("「景気は回復している」と語る同社新社長。")
    assert found == [("同社新社長", "direct", "景気は回復している", "と語る")]


def test_a_clause_ending_in_to_before_the_speaker_does_not_hide_the_verb_that_names_him():
    # 「…」。試合が終わると、…監督はそう語った: 終わると、 is when, and そう語った the
    # sentence that names who said the quote before it
    found = quotes("「優勝できてうれしい」。試合が終わると、山田一郎監督はそう語った。")
    assert found == [("山田一郎", "direct", "優勝できてうれしい", "語った")]


def test_a_vice_principal_unnamed_speaks_under_the_title():
    # 学校は…閉め、教頭が「…」と呼びかけた: the school's act, then the vice-principal's words
    found = quotes("学校は出入り口を全て閉め、教頭が校内放送で「教室から出ないで」と繰り返し呼びかけた。")
    assert [(q[0], q[2]) for q in found] == [("教頭", "教室から出ないで")]
