"""Reports of the kind this monitor reads first: the Korean peninsula and its ties to Russia's war.

Each case is written the way wire copy words it, not the way a pattern is written, and names what an
analyst reads from it: the indicator, who acted, and the flags that change how much it counts.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

FLAGS = ("negated", "hedged", "hypothetical", "future", "historical", "background")


def _hits(analyser, text):
    return analyser.analyse(text, published=datetime(2026, 11, 1, tzinfo=timezone.utc)).hits


@pytest.mark.parametrize(
    ("text", "indicator", "actor", "flags"),
    [
        ("North Korea fired a short-range ballistic missile into the East Sea on Thursday, South Korea's Joint Chiefs of Staff said.", "missile_launch", "PRK", set()),
        ("Kim Jong Un ordered an exponential increase in the country's nuclear arsenal.", "nuclear", "PRK", set()),
        ("Kim Jong Un called South Korea the \"primary foe\" and \"invariable principal enemy\".", "hostile_rhetoric", "PRK", set()),
        ("Putin signed a decree increasing the size of the armed forces by 180,000 troops.", "mobilisation", "RUS", set()),
        ("Seoul suspended parts of the 2018 inter-Korean military agreement after the North launched a spy satellite.", "severance", "KOR", set()),
        ("South Korean troops fired warning shots after about 20 North Korean soldiers briefly crossed the military demarcation line.", "incursion", "PRK", set()),
        # A response ("scrambled fighter jets", "fired warning shots") after the act makes the act the news.
        ("South Korea scrambled fighter jets after Russian and Chinese military aircraft entered its air defence identification zone.", "incursion", "RUS", set()),
        ("North Korea has shipped more than 13,000 containers of munitions to Russia.", "arms_transfer", "PRK", set()),
        ("Around 11,000 North Korean troops have been deployed to Russia's Kursk region, according to Ukrainian intelligence.", "foreign_deployment", "PRK", set()),
        ("Moscow has not confirmed the presence of North Korean soldiers on its territory.", "foreign_deployment", "PRK", {"negated"}),
        ("The United States and South Korea began their annual Freedom Shield exercise on Monday.", "military_exercise", "USA", set()),
        ("North Korea denounced the drills and threatened \"overwhelming\" retaliation.", "military_threat", "PRK", set()),
        # A threat made is news now; the use it threatens is what lies ahead.
        ("Pyongyang warned it would use nuclear weapons pre-emptively if its sovereignty were threatened.", "nuclear", "PRK", {"future"}),
        ("The North's army declared the South a \"hostile state\" and said it would permanently block the border.", "hostile_rhetoric", None, set()),
        ("Kim ordered his artillery units along the border to be fully prepared to open fire.", "readiness", None, set()),
        ("A North Korean diplomat stationed in Cuba defected to South Korea last year.", "defection", "PRK", set()),
        ("Russia is suspected of transferring air defence systems to North Korea.", "arms_transfer", "RUS", {"hedged"}),
        ("North Korean drones violated South Korean airspace in December 2022.", "incursion", "PRK", {"historical"}),
        ("Russian troops recaptured two villages in the Kursk region with the help of North Korean units.", "armed_clash", "RUS", set()),
        ("Kim Yo Jong threatened a \"shocking\" response if the leaflet launches continued.", "military_threat", "PRK", set()),
        ("North Korea supplied Russia with an estimated 100 KN-23 ballistic missiles last year.", "arms_transfer", "PRK", set()),
        ("Russia and Belarus began joint tactical nuclear weapons drills.", "military_exercise", "RUS", set()),
        ("The Korean Central News Agency said the missile flew 1,000 km.", "missile_launch", None, set()),
        ("Ukrainian forces captured a North Korean soldier near Kursk, Zelensky said.", "armed_clash", "UKR", set()),
        ("Russia is expected to deploy additional air defence units to Belarus next month.", "foreign_deployment", "RUS", {"future"}),
        ("Russia may have supplied North Korea with submarine technology, analysts said.", "arms_transfer", "RUS", {"hedged"}),
        # How sure, and when: the flags an analyst weighs a report by.
        ("North Korea reportedly sent 1,500 special forces troops to Russia's Far East for training.", "foreign_deployment", "PRK", {"hedged"}),
        ("Seoul denied that its drones had entered Pyongyang's airspace.", "incursion", "KOR", {"negated"}),
        ("Pyongyang will not send more troops to Russia, a senior official told reporters.", "foreign_deployment", "PRK", {"negated", "future"}),
        ("Moscow plans to call up 160,000 reservists in the autumn.", "mobilisation", "RUS", {"future"}),
        ("The Pentagon said it had no evidence that North Korean troops were fighting in Ukraine.", "foreign_deployment", "PRK", {"negated"}),
        ("The North could test a nuclear device as soon as next month, experts warned.", "nuclear", None, {"hypothetical"}),
        ("The two Koreas exchanged fire across the border in 2015.", "armed_clash", None, {"historical"}),
        # The same rules elsewhere in the world.
        ("Hezbollah fired dozens of rockets at northern Israel.", "armed_clash", "LBN", set()),
        ("Azerbaijan and Armenia accused each other of violating the ceasefire.", "hostile_rhetoric", "AZE", set()),
        ("Ethiopia massed troops along its border with Eritrea.", "force_buildup", "ETH", set()),
        ("Rwanda denied that its troops were operating inside Congo.", "foreign_deployment", "RWA", {"negated"}),
        # Headlines and the passive: the event is named last.
        ("Kremlin Denies Plans for New Mobilisation Wave", "mobilisation", "RUS", {"negated", "future"}),  # denied, and planned: both
        ("At least 12 civilians were wounded when Russian missiles hit an apartment block in Dnipro.", "armed_clash", "RUS", set()),
        ("Satellite images show dozens of new tanks massed near the border.", "force_buildup", None, set()),
        ("Russia Expels 20 German Diplomats in Tit-for-Tat Move", "severance", "RUS", set()),
        ("The United States will send Ukraine a new $2.5 billion military aid package.", "arms_transfer", "USA", {"future"}),
        ("Kim Jong Un ordered the military to prepare for war.", "readiness", "PRK", set()),
        # The comma before "and" in a list of countries joins subjects; it starts no clause.
        ("North Korea, Russia, China, and Iran are increasingly coordinating their actions, forming an alliance.", "hostile_alignment", "PRK", set()),
        # Sanctions on a country's officials are the country's target, not its act.
        ("The European Union imposed sanctions on North Korean officials over the troop deployment.", "sanctions", None, set()),
        # A third set of reports, read first on 2026-11-22 (docs/indicators.md has the score).
        ("South Korea's military raised its alert level after the North fired artillery rounds near the maritime border.", "readiness", "KOR", set()),
        # Artillery fired near a border, at no one: a show of weapons, not a clash.
        ("The North fired around 200 artillery rounds near the disputed maritime border on Friday.", "missile_launch", None, set()),
        ("Pakistan's army said Indian troops fired mortar rounds across the Line of Control.", "armed_clash", "IND", set()),
        ("North Korea threatened to turn Seoul into a \"sea of fire\" if provoked.", "military_threat", "PRK", set()),
        # A vow announces what lies ahead; not ruling something out leaves it possible.
        ("Kim Jong Un vowed to bolster his nuclear forces \"without limit\" during a visit to a uranium enrichment facility.", "nuclear", "PRK", {"future"}),
        ("Russia did not rule out deploying nuclear-capable missiles closer to Europe.", "nuclear", "RUS", {"hypothetical"}),
        ("The United States flew B-52 bombers over the Korean Peninsula in a show of force.", "nuclear", "USA", set()),
        ("Kim Jong Un inspected a new tank unit and urged troops to be ready for actual war.", "readiness", "PRK", {"hypothetical"}),
        ("The Houthis claimed responsibility for an attack on a cargo ship in the Red Sea.", "armed_clash", "YEM", set()),
        ("Niger's junta ordered French troops to leave the country within a month.", "severance", "NER", set()),
        ("The United States approved a $1.2 billion arms sale to Taiwan.", "arms_transfer", "USA", set()),
        # Words that only qualify the weapon do not part it from the country that owns it.
        ("Belarus hosts Russian tactical nuclear weapons, President Lukashenko said.", "nuclear", "RUS", set()),
        ("Venezuela mobilised 200,000 troops near the disputed border with Guyana.", "force_buildup", "VEN", set()),
        ("India suspended the Indus Waters Treaty and closed the main border crossing with Pakistan.", "severance", "IND", set()),
        # A fourth set, read first the same day: headlines, long wire sentences, the flags.
        ("Seoul Halts Military Pact With Pyongyang", "severance", "KOR", set()),
        ("Armenia Suspends Participation in Russia-Led Military Bloc", "severance", "ARM", set()),
        ("Israel Strikes Iranian Air Defences in Retaliatory Attack", "armed_clash", "ISR", set()),
        ("North Korean Soldier Defects Across DMZ", "defection", "PRK", set()),
        ("Moscow Warns of 'Direct Conflict' if NATO Troops Sent to Ukraine", "military_threat", "RUS", set()),
        ("Iran Unveils New Ballistic Missile Amid Tensions With Israel", "missile_launch", "IRN", set()),
        # What was fired is in doubt, not that something was.
        ("South Korea's Joint Chiefs of Staff said the North fired what appeared to be a short-range ballistic missile from the Pyongyang area at around 7:10 a.m., adding that it flew about 350 km before splashing into the sea.", "missile_launch", "PRK", set()),
        # KCNA places "the North" in Korea; the by-phrase belongs to the provocation, not the measures.
        ("In a statement carried by the official KCNA news agency, the North's defence ministry said it would take \"decisive military measures\" against any provocation by the South.", "military_threat", "PRK", {"future"}),
        ("Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a treaty in June that obliges each side to provide military assistance to the other if attacked.", "hostile_alignment", "RUS", set()),
        ("Officials in Seoul said the North had been dismantling parts of the inter-Korean roads and installing mines and anti-tank barriers since spring.", "force_buildup", "PRK", set()),
        ("Taiwan's defence ministry said it had detected 34 Chinese military aircraft and nine navy ships around the island on Monday, with 21 of the aircraft crossing the median line.", "incursion", "CHN", set()),
        # The accused is the actor of what it is accused of; the accusation hedges it.
        ("Washington and its allies have accused Pyongyang of supplying millions of artillery shells and dozens of ballistic missiles to Moscow.", "arms_transfer", "PRK", {"hedged"}),
        ("Moscow has repeatedly threatened to respond if Western long-range missiles are used to strike deep inside Russian territory.", "military_threat", "RUS", set()),
        ("North Korean state media reported that Kim supervised a test of a new multiple rocket launcher system.", "missile_launch", "PRK", set()),
        ("Sweden and Finland formally joined NATO, ending decades of military non-alignment.", "hostile_alignment", "SWE", set()),
        ("The Kremlin said Russia would continue to develop its relations with North Korea in all areas, including the military sphere.", "hostile_alignment", "RUS", {"future"}),
        ("The defector, a former North Korean diplomat, told reporters in Seoul that the regime is preparing soldiers for deployment to Ukraine.", "foreign_deployment", "PRK", {"hypothetical"}),
        ("Russia reportedly moved several S-400 batteries closer to the Finnish border last month.", "force_buildup", "RUS", {"hedged"}),
        ("If North Korea attacks, the United States will respond with overwhelming force.", "armed_clash", "PRK", {"hypothetical"}),
        ("The joint drills were called off.", "military_exercise", None, {"negated"}),
        # Constructions met in real wire copy (reworded here): see docs/indicators.md, fifth round.
        ("The missile fell short of the island and dropped into international waters, the military said.", "missile_launch", None, set()),
        ("The joint air drills between South Korea and the United States ended on Friday.", "military_exercise", "KOR", set()),
        ("Pyongyang warned that its army would resolutely respond to any provocation.", "military_threat", "PRK", set()),
        ("The North test-fired a Hwasong-19 intercontinental ballistic missile on Thursday.", "missile_launch", "PRK", set()),
        ("North Korea launched what it called a carrier rocket for a reconnaissance satellite.", "missile_launch", "PRK", set()),
        ("A suspected ballistic missile was launched from North Korea, Japan's coast guard said.", "missile_launch", "PRK", {"hedged"}),
        ("Officials said more North Korean troops are expected to arrive in the Kursk region next week.", "foreign_deployment", "PRK", {"future"}),
        ("It remains unclear how many Russian soldiers will be deployed.", "foreign_deployment", "RUS", {"future"}),
        ("North Korean soldiers have been spotted in occupied parts of Ukraine, Kyiv said.", "foreign_deployment", "PRK", set()),
        ("\"Our units will begin loudspeaker broadcasts along the entire front at noon,\" South Korea's military said.", "hostile_rhetoric", "KOR", {"future"}),
        ("North Korea again sent hundreds of balloons across the border overnight.", "incursion", "PRK", set()),
        ("Moscow ordered Polish diplomats who had served in Russia for more than five years to leave the country.", "severance", "RUS", set()),
        ("Britain declared two Russian attaches personae non gratae.", "severance", "GBR", set()),
        ("According to the defence ministry in Taipei, 40 Chinese aircraft crossed the dividing line in the strait.", "incursion", "CHN", set()),
        # No reports of casualties is no doubt about the strikes.
        ("Israel carried out air strikes on southern Lebanon, with no immediate reports of casualties.", "armed_clash", "ISR", set()),
        # Sixth round, on real reports of mobilisation, aid packages and the Line of Control (reworded).
        ("Only reservists with combat experience will be drafted.", "mobilisation", None, {"future"}),
        ("The defence minister said Russia would immediately call 150,000 reservists.", "mobilisation", "RUS", {"future"}),
        ("Washington unveiled a new $400 million military aid package for Kyiv.", "arms_transfer", "USA", set()),
        ("Poland plans to position rocket launchers along its border with Belarus.", "force_buildup", "POL", {"future"}),
        ("Four soldiers were killed in Indian shelling along the Line of Control, Pakistan's army said.", "armed_clash", "IND", set()),
        ("Several houses were destroyed by Russian shelling.", "armed_clash", "RUS", set()),
        ("Pakistani troops opened 'unprovoked' fire across the Line of Control.", "armed_clash", "PAK", set()),
        ("The two armies exchanged heavy fire across the border overnight.", "armed_clash", None, set()),
        ("Indian jets crossed into Pakistan on Tuesday.", "incursion", "IND", set()),
        ("Ten Pakistani soldiers crossed the LoC near Kupwara.", "incursion", "PAK", set()),
        ("Pakistan retaliated by shooting down an Indian jet.", "armed_clash", "PAK", set()),
        ("Ukraine's air defence said 40 Russian drones had been shot down overnight.", "armed_clash", "UKR", set()),
        # The first-named event of a sentence is its news; a hedge in another clause doubts that clause.
        ("Pakistani soldiers fired rockets at an Indian post, two days after suspected militants attacked an army base.", "armed_clash", "PAK", set()),
        # Seventh round: whole real reports, every sentence (reworded).
        ("Iran has sharply increased its stockpile of highly enriched uranium, the watchdog said.", "nuclear", "IRN", set()),
        ("Two soldiers were killed in Armenia-Azerbaijan border clashes on Sunday.", "armed_clash", "ARM", set()),
        ("Baku and Yerevan traded accusations after the shooting.", "hostile_rhetoric", "AZE", set()),
        ("The shelling stopped shortly after midnight, the army said.", "armed_clash", None, {"negated"}),
        # Eighth round: cable sabotage, border closures, defections, drones over Poland (reworded).
        ("Investigators believe a Panama-flagged tanker cut two undersea cables with its anchor.", "infrastructure_destruction", None, {"hedged"}),
        ("Three data cables linking Sweden and Latvia were severed overnight.", "infrastructure_destruction", None, set()),
        ("Norway said the crossings it shares with Russia will be closed from Friday.", "severance", "NOR", {"future"}),
        ("Latvia shut two of its four crossings to Belarus.", "severance", "LVA", set()),
        ("Finland has closed all but one of its crossings to Russia.", "severance", "FIN", set()),
        ("A North Korean soldier crossed the border to defect to the South, the military said.", "defection", "PRK", set()),
        ("Romanian airspace was violated by a swarm of Russian drones overnight.", "incursion", "RUS", set()),
        # Whoever reacts to an act named by a noun did not commit it; whoever launches it did.
        ("Poland condemned the attack on the border post.", "armed_clash", None, set()),
        ("North Korea condemned the trilateral exercises as a rehearsal for invasion.", "military_exercise", None, set()),
        ("Poland requested an emergency meeting of the U.N. Security Council on the drone incursion.", "incursion", None, set()),
        ("Russia launched an attack on a border post overnight.", "armed_clash", "RUS", set()),
        # Ninth round: nuclear threats, the Houthis, Sudan (reworded). A nuclear threat is made now; its use
        # lies ahead. A sponsor ("Iranian-backed") or a maker ("Russian-made") is not who acts.
        ("Russia's former president threatened to use nuclear weapons against Kyiv.", "nuclear", "RUS", {"future"}),
        ("The Iranian-backed Houthis fired two anti-ship missiles at a tanker in the Red Sea.", "armed_clash", "YEM", set()),
        ("Heavy fighting broke out between Sudan's army and the paramilitary forces in Khartoum.", "armed_clash", "SDN", set()),
        # Tenth round: the Israel-Iran strikes and eastern Congo (reworded).
        ("A second salvo of missiles targeted Israel hours later.", "armed_clash", None, set()),
        ("US warships intercepted three Iranian missiles over the Red Sea.", "armed_clash", "USA", set()),
        ("The airstrikes hit Iranian radar sites, reports the Israeli military.", "armed_clash", None, set()),
        ("Iranian state media report that two Iranian soldiers were killed in the strikes.", "armed_clash", None, set()),
        ("Many Congolese see the rebel advance as an invasion of their country.", "armed_clash", None, set()),
        # Eleventh round: launches in North Korea's state media's words (reworded).
        ("Seoul's military detected the missile launch at 7:50 a.m.", "missile_launch", None, set()),
        ("Pyongyang warned that Washington would pay a \"dear price\" for the drills.", "military_threat", "PRK", set()),
        # Twelfth round: sanctions over the arms trade, the Essequibo crisis (reworded).
        ("North Korea watchers say the visit may signal deeper military cooperation between Moscow and Pyongyang.", "hostile_alignment", "RUS", {"hypothetical"}),
        ("Moscow condemned the U.S. decision to sanction two Russian banks.", "sanctions", "USA", set()),
        ("Seoul has warned that Pyongyang may be supplying Moscow with guided missiles.", "arms_transfer", "PRK", {"hypothetical"}),
        ("Brazil sent troops to its border with Venezuela.", "force_buildup", "BRA", set()),
        # A country right after a verb is its object, not the subject; a possessor is neither.
        ("Putin's former deputy has threatened Ukraine and NATO with a nuclear attack.", "nuclear", "RUS", set()),
        ("The statement shows North Korea's growing bellicosity.", "hostile_rhetoric", "PRK", set()),
        # Thirteenth round: the Senkaku waters, Serbia's combat readiness (reworded).
        ("Tokyo protested to Beijing through diplomatic channels.", "hostile_rhetoric", "JPN", set()),
        ("Serbian troops were put on combat readiness in response to reports of alleged attacks on Serbs.", "readiness", "SRB", set()),
        ("Washington voiced concern about Serbian military mobilisations near the border.", "mobilisation", "SRB", set()),
        ("The special forces are to be beefed up from 1,500 to 5,000.", "force_buildup", None, {"future"}),
        # Fourteenth round: front-line reports (reworded). An assault along a border or by assault groups
        # is armed without naming troops.
        ("Moscow tried to launch an assault along the border, the General Staff said.", "armed_clash", "RUS", set()),
        ("The number of Russian assaults and assault groups has doubled this week.", "armed_clash", "RUS", set()),
        # Fifteenth round: think-tank assessments (reworded).
        ("Russia invaded Ukraine on February 24, 2022, starting the largest war in Europe since 1945.", "armed_clash", "RUS", {"historical"}),
        ("Analysts expect that Russian offensive operations in the east will stall by spring.", "armed_clash", "RUS", set()),
        # Sixteenth round: the 2020 Galwan clash (reworded). The side a clash was "with" when others were
        # killed in it is the other side; "casualties" are a side's losses; the PLA is China's army.
        ("Twenty Indian soldiers including their commander were killed on Monday in a clash with Chinese troops.", "armed_clash", "CHN", set()),
        ("These are the first Indian casualties in a border skirmish with the People's Liberation Army in decades.", "armed_clash", "CHN", set()),
        ("The PLA troops suddenly turned around and attacked the Indian soldiers.", "armed_clash", "CHN", set()),
        ("China said its troops were in a \"violent physical confrontation\" with Indian soldiers.", "armed_clash", "CHN", set()),
        # Seventeenth round: the 2025 Thailand-Cambodia border fighting (reworded). Losses named by a
        # noun, a clash "with" a country without an article, a participle with the subject of the
        # clause before it, a capital not in the list, presence stepped up, envoys withdrawn.
        ("The army reported the deaths of two soldiers in fighting with Cambodia on Sunday.", "armed_clash", "KHM", set()),
        ("Cambodia's foreign ministry, however, said Thailand flew a drone over the line before opening fire.", "armed_clash", "THA", set()),
        ("Phnom Penh accused Bangkok of a deliberate act of aggression.", "hostile_rhetoric", "KHM", set()),
        ("Both countries have stepped up their military presence along the frontier.", "force_buildup", None, set()),
        ("The blast led Thailand to withdraw its ambassador from Cambodia.", "severance", "THA", set()),
        ("Cambodian troops reportedly flew surveillance drones near Thai army positions on Friday.", "incursion", "KHM", {"hedged"}),
        ("Hostilities erupted again in 2011 along the disputed frontier.", "armed_clash", None, {"historical"}),
        # The shelling killed them: news, not background. An accusation after the fact hedges only what
        # it accuses of; after its object, a new verb is the accuser's own act.
        ("Four villagers were killed after Thai artillery shells struck a market in Cambodia.", "armed_clash", "THA", set()),
        ("The two armies traded fire for hours, with each accusing the other of starting it.", "armed_clash", None, set()),
        ("Cambodia accused Thailand of brutality and announced a downgrade in diplomatic ties.", "severance", "KHM", set()),
        # Eighteenth round: the Russia-North Korea treaty and soldiers crossing the MDL (reworded). Forces
        # that "there are" or that a deployment is "of", however many; speakers named as a list; a side
        # that suffered losses "in combat with" another; belief reports speech; an institution "of" a
        # state is that state; the passive accused; mutual-defence clauses; a modal after the trigger
        # governs its own verb; a response after the act makes the act the news.
        ("Tokyo, Seoul and Washington have said there are about 8,000 North Korean soldiers in Russia.", "foreign_deployment", "PRK", set()),
        ("The report follows confirmation by Britain of the dispatch of up to 3,000 more North Korean troops to Russia.", "foreign_deployment", "PRK", set()),
        ("Zelensky said Russian troops had suffered heavy losses in combat with Ukrainian forces.", "armed_clash", "UKR", set()),
        ("Japanese officials have voiced concerns that Russia might be sharing space technology with North Korea.", "arms_transfer", "RUS", {"hypothetical"}),
        ("The head of Russia's parliament signed a military cooperation treaty with North Korea.", "hostile_alignment", "RUS", set()),
        ("The talks come as Iran is accused of supplying drones to Russia.", "arms_transfer", "IRN", {"hedged"}),
        ("Moscow and Pyongyang must assist each other in the event of an attack on either country.", "hostile_alignment", "RUS", set()),
        ("Iran and Russia have been deepening their military and economic cooperation.", "hostile_alignment", "IRN", set()),
        ("A strategic partnership treaty signed by the leaders of Russia and Iran took effect on Friday.", "hostile_alignment", "RUS", set()),
        ("Pyongyang's army chief spoke of \"reckless provocations\" by the South.", "hostile_rhetoric", "PRK", set()),
        ("The army said the border intrusion by North Korean soldiers was brief.", "incursion", "PRK", set()),
        ("Officials said the soldiers did not deliberately cross the military demarcation line.", "incursion", None, set()),
        ("Seoul's troops fired warning shots after North Korean soldiers crossed the border.", "incursion", "PRK", set()),
        ("Satellite images show preparations for a Russian assault on Ukrainian positions.", "armed_clash", "RUS", {"hypothetical"}),
        ("Russia supplied air defence systems to North Korea and may have shared satellite technology too.", "arms_transfer", "RUS", set()),
        # Nineteenth round: India's May 2025 strikes on Pakistan (reworded). Attacks attributed, military
        # sites destroyed, aircraft downed, artillery exchanges, airspace closed, retaliation promised,
        # "labels" for an enemy; a hedge opening a coordinated predicate doubts only that predicate; a
        # new speech act after a denial ("denied the reports, saying that ...") ends the denial.
        ("Kabul attributed the bombing to Pakistan-based militants.", "hostile_rhetoric", "AFG", set()),
        ("Israeli jets reportedly destroyed two air defence batteries near Tehran.", "armed_clash", "ISR", {"hedged"}),
        ("Moscow confirmed the downing of a Ukrainian helicopter over Kursk.", "armed_clash", "RUS", set()),
        ("Sporadic artillery exchanges were reported along the front overnight.", "armed_clash", None, set()),
        ("Iran closed its airspace to all flights on Saturday.", "severance", "IRN", set()),
        ("The army said it will retaliate at a time of its choosing.", "military_threat", None, set()),
        ("Russia launched drone strikes on the port and claimed to have destroyed a warship.", "armed_clash", "RUS", set()),
        ("Moscow denied the reports, saying that its troops had shelled only military targets.", "armed_clash", "RUS", set()),
        ("Twelve Azerbaijani soldiers were killed in the fierce combat near the border.", "armed_clash", None, set()),
        ("Tehran called Israel a \"treacherous enemy\" on Friday.", "hostile_rhetoric", "IRN", set()),
        # Twentieth round: the January 2024 shelling near Yeonpyeong, GPS jamming (reworded). Rounds fired
        # toward the sea and shots in waters are a show of weapons, rockets fired into a country an attack;
        # threats "issued"; forces that "would be stationed" (reported: future); a verb after "and" shares
        # the modal of the verb before it; a demand to halt an act does not undo it, and who is urged to
        # halt it is its actor; a response after "as" is news; a date after a comma dates something else;
        # "the Koreas" make "the North" North Korea.
        ("North Korea fired about 100 artillery rounds toward the sea border on Tuesday.", "missile_launch", "PRK", set()),
        ("The army fired 90 shots in waters off the east coast, the ministry said.", "missile_launch", None, set()),
        ("Cambodian forces fired rockets into Thailand on Thursday.", "armed_clash", "KHM", set()),
        ("The test came after Pyongyang issued fresh threats against Seoul's military.", "military_threat", "PRK", {"background"}),
        ("Pyongyang said that more troops would be stationed in the border area.", "force_buildup", "PRK", {"future"}),
        ("Moscow said it will end the moratorium and deploy more missiles along its western border.", "force_buildup", "RUS", {"future"}),
        ("Seoul condemned the launch as it responded with its own missile drills.", "military_exercise", "KOR", set()),
        ("Seoul urged Pyongyang to halt the shelling near the border.", "armed_clash", "PRK", set()),
        ("It was the fourth test of a cruise missile this year, after one in January 2023.", "missile_launch", None, set()),
        ("Tensions between the Koreas rose after the North flew balloons carrying trash into the South.", "incursion", "PRK", {"background"}),
        ("Pyongyang's new constitution defines South Korea as a \"hostile state\".", "hostile_rhetoric", "PRK", set()),
        # Twenty-first round: the 2023 Banjska attack in Kosovo (reworded). Kosovo is XKX; shootouts;
        # a military deployment along a border; "heavily armed" men; a raid attributed; a date written
        # "3 March 2019"; an adjective hedge after the trigger ("alleged involvement") doubts its noun.
        ("Kosovo closed two border crossings with Serbia on Thursday.", "severance", "XKX", set()),
        ("Police said two gunmen died in a shootout with soldiers in the north.", "armed_clash", None, set()),
        ("Washington is watching a large Russian military deployment near the Finnish border.", "force_buildup", "RUS", set()),
        ("Pristina attributed the raid to Serbian-backed fighters.", "hostile_rhetoric", "XKX", set()),
        ("Kosovo police fought heavily armed men who stormed a village in the north.", "armed_clash", "XKX", set()),
        ("Between 3 and 5 March 2019, rebels launched an attack on the garrison.", "armed_clash", None, {"historical"}),
        ("The assembly condemned the killings and called for an inquiry into alleged Russian involvement.", "hostile_rhetoric", None, set()),
        # Twenty-second round: the 2025 US strikes on boats near Venezuela (reworded). Warships sent to
        # a sea or a coast, forces built up, the leaders news names for their states, reproach "from"
        # someone, naming "as" is no time, "maximum preparedness", an adverb or "of" after the trigger
        # doubts what follows it, a year naming an event, "an effort to".
        ("Washington deployed three destroyers to waters off Venezuela's coast.", "force_buildup", "USA", set()),
        ("The navy continues to build up its forces in the region.", "force_buildup", None, set()),
        ("Trump ordered strikes on the boats on Tuesday.", "armed_clash", "USA", set()),
        ("The move drew sharp condemnation from Venezuela's government.", "hostile_rhetoric", "VEN", set()),
        ("Caracas denounced the strikes as aggression and cut diplomatic ties.", "severance", "VEN", set()),
        ("The army declared maximum preparedness along the border.", "readiness", None, set()),
        ("US forces struck a vessel allegedly carrying weapons.", "armed_clash", "USA", set()),
        ("The navy targeted and sank a vessel suspected of smuggling arms.", "armed_clash", None, set()),
        ("Analysts recalled the 1983 US invasion of Grenada.", "armed_clash", "USA", {"historical"}),
        ("Troops laid mines in an effort to seal the border.", "severance", None, {"hypothetical"}),
        # Twenty-third round: Ukraine's capture of two North Korean soldiers (reworded). Capture as a
        # clash, by whoever captures (not the captured); foreign forces "used" in a war or "supporting"
        # another army; "estimates suggest" and "according to ... reports" hedge; not denying is no
        # denial; a that-clause naming a country has its own subject.
        ("Kyiv announced the capture of three Russian paratroopers near Kharkiv.", "armed_clash", "UKR", set()),
        ("Ukraine offered a swap after capturing two North Korean soldiers in Kursk.", "armed_clash", "UKR", {"background"}),
        ("Moscow never denied using Syrian mercenaries in the war.", "foreign_deployment", "SYR", set()),
        ("Estimates suggest about 3,000 Belarusian troops are supporting Russian forces near Kyiv.", "foreign_deployment", "BLR", {"hedged"}),
        ("According to British and French reports, 1,500 Turkish troops have been deployed in northern Iraq.", "foreign_deployment", "TUR", {"hedged"}),
        ("Seoul's spy agency told lawmakers that the Ukrainian military had captured the two men.", "armed_clash", "UKR", set()),
        # Twenty-fourth round: North Korean missiles and munitions used by Russia (reworded). Missiles
        # "that Moscow fired at" a city; arms "dispatched" in containers "packed with" them; a transfer
        # "from" a state names its supplier; the country in lower case, as some Ukrainian outlets write
        # it; a participle that is the trigger noun's own takes its date.
        ("Kyiv examined the missiles that Moscow fired at the city overnight.", "armed_clash", "RUS", set()),
        ("Iran has dispatched hundreds of containers packed with drones to Russia.", "arms_transfer", "IRN", set()),
        ("Western ministers condemned the transfer of drones from Iran to Russia.", "arms_transfer", "IRN", set()),
        ("russian troops shelled the village overnight, the regional governor said.", "armed_clash", "RUS", set()),
        ("The ban extends sanctions imposed on the regime in 2017.", "sanctions", None, {"historical"}),
        # Twenty-fifth round: the Azerbaijan Airlines crash after Russian air-defence fire (reworded). Air
        # defences fired, aircraft "downed", "reported to be" hedges, a crash after the act makes it the
        # news, a place named by a preposition (even with an adjective) is not who acts.
        ("The airliner crashed after air defences were fired at incoming drones.", "armed_clash", None, set()),
        ("Investigators said a Russian missile may have downed the airliner.", "armed_clash", "RUS", {"hedged"}),
        ("Ukrainian drones were reported to be attacking several cities in southern Russia.", "armed_clash", "UKR", {"hedged"}),
        ("The crash came weeks after the downing of a cargo flight over Sudan in 2023.", "armed_clash", None, {"background", "historical"}),
        ("Ministers condemned the violence in Kosovo on Monday.", "hostile_rhetoric", None, set()),
        # Twenty-sixth round: the 2025 Ethiopia-Eritrea tensions (reworded). "As" before a name opens a
        # clause, and the second of two countries "between" is no subject either; a speaker set off by
        # commas; weapons transported toward a border; arming rebels; accusations "that"; wars that
        # killed, dated "from 1998 to 2000"; states that "became allies".
        ("Tensions rose between Serbia and Kosovo as Serbia moved troops toward the border.", "force_buildup", "SRB", {"background"}),
        ("Baku, in turn, claims Armenia is preparing for war.", "readiness", "ARM", {"hedged"}),
        ("Army convoys reportedly transported heavy weaponry toward the northern border.", "force_buildup", None, {"hedged"}),
        ("Accusations by Kinshasa that Rwanda is arming rebel groups have grown.", "arms_transfer", "RWA", {"hedged"}),
        ("A border war from 1998 to 2000 killed tens of thousands.", "armed_clash", None, {"historical"}),
        ("The two states became close allies during the war.", "hostile_alignment", None, set()),
        # Twenty-seventh round: North Korea blowing up the inter-Korean roads, October 2024 (reworded).
        # Parts "of" several named roads, detonations, roads and railways severed, a "complete
        # separation", a raised readiness posture, who is warned is no subject, "has since" is no
        # background, "denied any" is no condition, "two hostile states".
        ("North Korea blew up parts of the eastern and western rail lines on Tuesday.", "infrastructure_destruction", "PRK", set()),
        ("The army detonated sections of the road leading to the border.", "infrastructure_destruction", None, set()),
        ("The regime plans to sever roads and railways between the two countries.", "severance", None, {"future"}),
        ("Officials announced a plan for a \"complete separation\" from the South.", "severance", None, {"future"}),
        ("Seoul elevated its firepower readiness posture on Friday.", "readiness", "KOR", set()),
        ("Pyongyang warned US forces stationed in the South that it would destroy the roads.", "infrastructure_destruction", "PRK", {"future"}),
        ("Seoul initially denied any drone incursions.", "incursion", "KOR", {"negated"}),
        ("North Korea has since laid mines along the roads.", "force_buildup", "PRK", set()),
        ("Leader Kim Jong Un defined the Koreas as \"two hostile states\".", "hostile_rhetoric", "PRK", set()),
        # Twenty-eighth round: Myanmar's war in Rakhine (reworded). Soldiers or police "killed" or
        # "killing" them is a clash whoever is named; a truce or a ceasefire makes clashes armed.
        ("Rebels claimed to have killed 12 soldiers in an ambush near the border.", "armed_clash", None, {"hedged"}),
        ("The truce had held until Monday, despite sporadic clashes in the east.", "armed_clash", None, set()),
        # Twenty-ninth round: the 2025 Algeria-Mali drone dispute (reworded). "The withdrawal of" envoys;
        # intercepted and destroyed; aircraft "was downed"; an act "by" someone named after the trigger;
        # air navigation closed.
        ("Niamey announced the withdrawal of its ambassador from Algiers.", "severance", "NER", set()),
        ("Air defences intercepted and destroyed two armed drones overnight.", "armed_clash", None, set()),
        ("Officials said the drone was shot down in a deliberate attack by the Algerian army.", "armed_clash", "DZA", set()),
        ("Algeria decided to close air navigation to and from Mali.", "severance", "DZA", set()),
        ("The helicopter was downed by ground fire near the border.", "armed_clash", None, set()),
        # Thirtieth round: China's 2025 drills around Taiwan (reworded). Forces sent around an island or to
        # surround it, or operating around it; long-range rockets fired; countermeasures vowed where a
        # blockade or an invasion is named; military assets deployed.
        ("Beijing deployed 70 warplanes and 11 warships around the island on Monday.", "force_buildup", "CHN", set()),
        ("Rocket and naval units were deployed to encircle the island, the army said.", "force_buildup", None, set()),
        ("About 40 military aircraft and six warships were operating around the island.", "force_buildup", None, set()),
        ("The navy fired long-range rockets during the exercise.", "missile_launch", None, set()),
        ("Foreign Minister Wang Yi vowed firm countermeasures against any blockade.", "military_threat", "CHN", set()),
        ("The ministry responded by deploying military assets along the coast.", "force_buildup", None, set()),
        # Thirty-first round: North Korean ballistic missile launches (reworded). A passive launch "from" a
        # place "located in" a country; "the launch" is a noun, and the possessor of "first ... test" acts;
        # a condemnation's by-phrase belongs to what is condemned; whose territory is entered does not act.
        ("The missiles were fired from Sinpo, located in North Korea's east, early on Friday.", "missile_launch", "PRK", set()),
        ("Two missiles were launched from the Sunan area of Pyongyang.", "missile_launch", "PRK", set()),
        ("The launch marked Pyongyang's first cruise missile test in months.", "missile_launch", "PRK", set()),
        ("Tokyo, Seoul and Washington condemned the missile launches by Pyongyang.", "hostile_rhetoric", "JPN", set()),
        ("Officials said no drones had entered Poland's airspace.", "incursion", None, {"negated"}),
        # Thirty-second round: trade-war and football reports (reworded). A vow to fight with a town, a
        # territory or forces named is a threat.
        ("Rebels vowed to fight until they take the town.", "military_threat", None, set()),
        # Thirty-third round: the June 2025 Israel-Iran war (reworded). Tomahawks and bunker-busters are
        # arms; bombs "dropped on"; retaliation "with" missiles; who says another "would face irreparable
        # damage" threatens.
        ("Washington struck three sites with Tomahawks and bunker-busters.", "armed_clash", "USA", set()),
        ("Twelve bombs were dropped on the airfield overnight.", "armed_clash", None, set()),
        ("Tehran retaliated with hundreds of missiles and drones.", "armed_clash", "IRN", set()),
        ("Khamenei said that the US would face irreparable damage.", "military_threat", "IRN", set()),
        # Thirty-fourth round: the Kakhovka dam, the Baltic cables, Russian nuclear weapons in Belarus
        # (reworded). A noun trigger's own predicate ("will not be used", "might be stationed", "will be
        # completed") carries its tense and negation; a modal inside the trigger governs it; an inquiry
        # "whether" doubts, it sets no condition; a doubted cause doubts its act; compound nouns of
        # cable-cutting; a speaker whose name ends in s ("Belarus' president said Russia had ...").
        ("Tactical nuclear weapons will not be used in the war, the president said.", "nuclear", None, {"negated", "future"}),
        ("Strategic nuclear weapons might be stationed on the island as well.", "nuclear", None, {"hypothetical"}),
        ("Moving troops to the northern border will be completed by Friday.", "force_buildup", None, {"future"}),
        ("Additional brigades could be mobilised within a week.", "mobilisation", None, {"hypothetical"}),
        ("Police are investigating whether a trawler cut two undersea cables.", "infrastructure_destruction", None, {"hedged"}),
        ("A power line was damaged along with two data cables as a result of suspected sabotage.", "infrastructure_destruction", None, {"hedged"}),
        ("A cable-cutting incident off the coast alarmed officials.", "infrastructure_destruction", None, set()),
        ("Divers examined the damage to a North Sea data cable on Monday.", "infrastructure_destruction", None, set()),
        ("Belarus' president said Russia had begun moving nuclear warheads to his country.", "nuclear", "RUS", set()),
        ("Analysts believe the regime intends to deploy short-range missiles to the border.", "force_buildup", None, {"hedged", "future"}),
        # Thirty-fifth round: the end of the 2018 inter-Korean military agreement (reworded). Agreements
        # suspended, abandoned or ditched, by noun too; "scrap the deal" where the sentence is military;
        # guard posts rebuilt; firearms brought to a border; a verb after ", and" shares the modal of
        # the verb before it; drills banned are no drills.
        ("Seoul announced a partial suspension of the bilateral military agreement on Wednesday.", "severance", "KOR", set()),
        ("Pyongyang said it would abandon the 2018 military accord with the South.", "severance", "PRK", {"future"}),
        ("The army began rebuilding guard posts after the military deal collapsed.", "force_buildup", None, set()),
        ("Troops were seen bringing heavy firearms to the border on Monday.", "force_buildup", None, set()),
        ("\"We will end the measures taken to ease tension, and deploy more troops along the border.\"", "force_buildup", None, {"future"}),
        ("The agreement banned military drills near the border.", "military_exercise", None, {"negated"}),
        # Thirty-sixth round: the October 2025 Pakistan-Afghanistan border war (reworded). Whose soldiers
        # died ("the deaths of 11 Pakistani soldiers") did not act; borders and checkpoints that close;
        # "befitting reply" where a conflict is named; an exchange of artillery; a denial with its own
        # object does not reach the verb after "and"; a hedge on a flight does not reach the exchange of
        # fire it followed.
        ("A border clash led to the deaths of 11 Pakistani soldiers, with Afghan forces launching attacks.", "armed_clash", "AFG", set()),
        ("The crossings at the two towns close, halting traffic.", "severance", None, set()),
        ("Islamabad shut several checkpoints on the border line.", "severance", "PAK", set()),
        ("Pakistan vowed a befitting reply after the border attack.", "military_threat", "PAK", set()),
        ("Both armies kept up an exchange of artillery through the night.", "armed_clash", None, set()),
        ("Kabul denies this and accuses Islamabad of violating its sovereignty.", "hostile_rhetoric", "AFG", set()),
        ("The fighters reportedly fled their posts following the exchange of fire.", "armed_clash", None, {"background"}),
        ("The army responded with artillery fire on Sunday.", "armed_clash", None, set()),
        # Thirty-seventh round: the September 2025 airspace violations over Poland and Estonia (reworded).
        # The forces a relative clause hangs on act in it; a noun's act "by" someone after a comma; acts
        # "by" a state named after an aimed trigger; "a huge number of" drones; jets that "invaded"
        # airspace make an incursion, not a clash; drones "taken down"; "over ten drones crossed" is a
        # number, not a reason; "did not say how many" denies nothing; the "potential implications of"
        # an incursion doubt the implications.
        ("Lithuania shot down two Belarusian drones that violated its airspace.", "incursion", "BLR", set()),
        ("Vilnius reported an incursion into its airspace, apparently by Belarusian balloons.", "incursion", "BLR", {"hedged"}),
        ("Officials said the incursions into Lithuania's airspace were deliberate acts by Belarus.", "incursion", "BLR", set()),
        ("Finnish airspace was violated by a \u201csmall\u201d number of Russian helicopters.", "incursion", "RUS", set()),
        ("Two Russian fighter jets invaded Finnish airspace for three minutes.", "incursion", "RUS", set()),
        ("Air defences took down several drones over the border region.", "armed_clash", None, set()),
        ("Officials said over ten drones crossed the border overnight.", "incursion", None, set()),
        ("The army did not say how many drones had been shot down.", "armed_clash", None, set()),
        ("Ministers discussed the potential implications of the incursions.", "incursion", None, set()),
        # An act named after an accusation is what is accused, not who accuses.
        ("Phnom Penh accused Bangkok of aggressive military operations by Thai forces.", "hostile_rhetoric", "KHM", set()),
        ("French warships launched naval drills, expected to be joined later by Italian vessels.", "military_exercise", "FRA", set()),
        # Thirty-eighth round: Israel's move into the Syrian buffer zone, December 2024 (reworded). A buffer
        # zone is a border; forces deployed "in" it, a presence "within" it; tanks that "rolled into"
        # territory; a defensive line established; forces reinforced across four words; territory
        # occupied or conquered; "the day before," is no clause.
        ("Turkish troops entered the buffer zone between the two sides on Monday.", "incursion", "TUR", set()),
        ("The army said it had deployed forces in the buffer zone on Sunday.", "force_buildup", None, set()),
        ("Russian tanks rolled into Georgian territory overnight.", "incursion", "RUS", set()),
        ("The military plans to establish a defensive line along the river.", "force_buildup", None, {"future"}),
        ("The army was reinforcing its ground and air forces along the border.", "force_buildup", None, set()),
        ("Officials noted the first military presence within the buffer zone in decades.", "force_buildup", None, set()),
        ("The minister ordered the army to occupy the entire buffer zone.", "armed_clash", None, set()),
        ("The plateau was conquered by Israel in the 1967 war.", "armed_clash", "ISR", {"historical"}),
        ("Turkey said the day before, as rebels advanced, that its troops had entered the buffer zone.", "incursion", "TUR", set()),
        # Thirty-ninth round: South Korea's martial law night and Lebanon the same day (reworded). Military
        # alertness boosted; a vow to keep striking; "warned that if ..., Israel will target" is a threat
        # made now, and "not just" negates nothing.
        ("The minister called an emergency meeting, boosting military alertness nationwide.", "readiness", None, set()),
        ("The prime minister vowed to keep striking the militants despite the truce.", "military_threat", None, set()),
        ("The minister warned that if the truce fails, Israel will target not just the militia but the state.", "military_threat", "ISR", set()),
        # Fortieth round: drone strikes on refineries and air-defence claims (reworded). Whose act a copula
        # names ("was Ukraine's latest salvo"); drones "destroyed"; what is suspended "following" an
        # attack does not undo it; a hedge before ", where" stays in its clause.
        ("The attack was Kyiv's latest salvo against Russian forces.", "armed_clash", "UKR", set()),
        ("The ministry said it destroyed 40 Ukrainian drones overnight.", "armed_clash", None, set()),
        ("Work at the plant was suspended following a drone attack overnight.", "armed_clash", None, {"background"}),
        ("A soldier allegedly involved was held in Kursk, where Ukraine holds towns since launching an offensive.", "armed_clash", "UKR", {"background"}),
        # Forty-first round: Chinese radar lock-ons on Japanese jets, December 2025 (reworded). A radar
        # locked on, or aircraft illuminated "with fire-control radar", is a threat of force; denied, it is
        # negated; flight training conducted is an exercise; the forces a participle hangs on act in it;
        # aliases with a curly apostrophe; a protest "formal and forceful".
        ("A Chinese fighter jet locked its radar onto a Japanese patrol plane on Saturday.", "military_threat", "CHN", set()),
        ("Chinese jets illuminated two Japanese fighters with fire-control radar.", "military_threat", "CHN", set()),
        ("Beijing denies that its jets locked radar on the Japanese aircraft.", "military_threat", "CHN", {"negated"}),
        ("The People\u2019s Liberation Army said the carrier group was conducting flight training.", "military_exercise", "CHN", set()),
        ("Jets were scrambled to watch Chinese aircraft conducting landing drills.", "military_exercise", "CHN", set()),
        ("Tokyo lodged a formal and forceful protest with Beijing.", "hostile_rhetoric", "JPN", set()),
        # Forty-second round: Niger's 2023 junta and France (reworded). Forces a state "has" in another,
        # counted; an envoy asked or told to "leave the country"; institutions "in" a state right before
        # their verb; a relative clause's subject is not a country named before it after a preposition,
        # nor is who was authorised to act across a comma; "neighbouring" before a preposition's object.
        ("Britain has about 900 soldiers in Estonia.", "foreign_deployment", "GBR", set()),
        ("The junta requested that the French ambassador leave the country within 48 hours.", "severance", None, set()),
        ("The military authorities in Mali announced the expulsion of the Swedish ambassador.", "severance", "MLI", set()),
        ("The junta invited troops from neighbouring Mali to help, angering states who are threatening to use force.", "military_threat", None, set()),
        # Forty-third round: Israel's ground incursion into Lebanon, October 2024 (reworded). A country with a
        # relative clause acts in it; rockets launched into a country; combat "between" two sides; an
        # operation or raids "across" a border; "ready for a ground engagement"; "not immediately clear
        # whether" doubts; a hedge in a relative clause after the trigger stays there; tanks that gather
        # "by" a border; a division "which was deployed to the northern front"; an act "by" someone named
        # after the trigger restates it only after "in" or a copula.
        ("Hezbollah, which has been launching rockets into northern Israel, vowed to continue.", "armed_clash", "LBN", set()),
        ("This was the first ground combat between Israel and Hezbollah in years.", "armed_clash", "ISR", set()),
        ("Israel launched what it called a limited ground operation across its northern border.", "incursion", "ISR", set()),
        ("The militia said its fighters were ready for a ground engagement.", "readiness", None, set()),
        ("It was not immediately clear whether Israeli troops had crossed the border.", "incursion", "ISR", {"hedged"}),
        ("A series of Israeli airstrikes, including one that reportedly killed a commander, hit the south.", "armed_clash", "ISR", set()),
        ("Israeli tanks gather by the Israeli - Lebanese border before dawn.", "force_buildup", "ISR", set()),
        ("The brigade, which was deployed to the northern front last week, is on standby.", "force_buildup", None, set()),
        ("The invasion followed airstrikes prompted by rocket attacks by Hezbollah.", "armed_clash", None, set()),
        # Forty-fourth round: Turkey's strikes on the PKK in Iraq and Syria (reworded). Fighters
        # "neutralised"; strikes that hit or destroyed targets; places joined to a place; losses in a
        # relative clause belong to its event.
        ("The ministry said dozens of militants were neutralised in the operation.", "armed_clash", None, set()),
        ("The overnight strikes destroyed 23 targets, the ministry said.", "armed_clash", None, set()),
        ("Ankara said its forces neutralised 45 militants after a clash in which nine Turkish soldiers were killed.", "armed_clash", "TUR", set()),
        ("Operations in northern Syria and Iraq followed a clash with militants.", "armed_clash", None, set()),
        # Forty-fifth round: Shoigu in Pyongyang, North Korean troops, sappers and builders for Kursk
        # (reworded). Forces "who helped" another's forces; "sharing the same trenches with"; the
        # "involvement" of troops; troops "contributed" (not to a peacekeeping force); sappers and
        # military builders are forces; officials "estimate"; a state's "key allies" where a war is named
        # (not temporal after "emerged as"); "support for Russia's war".
        ("Officials praised North Korean soldiers who helped Russian forces retake the region.", "foreign_deployment", "PRK", set()),
        ("He praised DPRK soldiers for sharing the same trenches with Russian servicemen.", "foreign_deployment", "PRK", set()),
        ("Both capitals acknowledged the involvement of North Korean troops in the war.", "foreign_deployment", "PRK", set()),
        ("North Korea has contributed combat troops to Russia's war effort.", "foreign_deployment", "PRK", set()),
        ("Pyongyang will send 1,000 sappers to Russia to clear mines.", "foreign_deployment", "PRK", {"future"}),
        ("Officials estimate that 12,000 North Korean troops have been deployed to Russia.", "foreign_deployment", "PRK", {"hedged"}),
        ("Belarus has emerged as one of Russia's key allies since the invasion began.", "hostile_alignment", "RUS", set()),
        ("Kim Jong Un reaffirmed his country's full support for Russia's war against Ukraine.", "hostile_alignment", "PRK", set()),
        # Forty-sixth round: North Korean troops' first combat in Kursk (reworded). Engaged in combat or
        # with forces; taking part in hostilities; coming under fire (whoever comes under it is hit);
        # forces that suffered fatalities are its victims; units or troops "in combat alongside" another's
        # forces; engaged in assaults; a speaker reporting "these troops" does not act; "three-month".
        ("Seoul noted these troops had not yet engaged in combat.", "armed_clash", None, {"negated"}),
        ("Some of the soldiers have already taken part in hostilities against the army.", "armed_clash", None, set()),
        ("North Korean soldiers stationed in Kursk to aid Moscow's war have come under fire.", "armed_clash", None, set()),
        ("An official said many North Korean troops suffered fatalities.", "armed_clash", None, set()),
        ("North Korean units fighting alongside Russian forces took losses.", "foreign_deployment", "PRK", set()),
        ("North Korean troops have been reported in combat alongside Russian forces.", "foreign_deployment", "PRK", set()),
        ("Russia has engaged North Korean troops in its assaults.", "foreign_deployment", "RUS", set()),
        ("The offensive stalled months after Ukraine's three-month incursion into Russian territory.", "incursion", "UKR", {"background"}),
        # Forty-seventh round: the Freedom Edge drills and North Korea's warnings (reworded). A warning that
        # drills "would bring about negative consequences" is a threat made now; a warning "issued against"
        # drills; a tabletop exercise; drills called "rehearsals for an invasion".
        ("Kim Yo Jong warned the drills would undoubtedly bring about negative consequences for the allies.", "military_threat", "PRK", set()),
        ("Pyongyang issued a sharp warning on Sunday against the joint military exercises.", "military_threat", "PRK", set()),
        ("Seoul and Washington plan to hold a tabletop exercise next week.", "military_exercise", "KOR", {"future"}),
        ("Pyongyang has repeatedly described such drills as rehearsals for an invasion.", "hostile_rhetoric", "PRK", set()),
        # Forty-eighth round: Sudan cuts ties with the UAE, drones over Port Sudan (reworded). A state
        # declared an "aggressor state"; envoys "will be recalled", missions "will be shut"; "would respond
        # ... by all means necessary" where aggression is named; silence ("has not commented on") denies
        # nothing; a city named after its country ("Port Sudan") is a place, not the state; a trigger that is
        # its own clause ("drones struck") does not borrow a subject from outside it.
        ("The council declared the UAE an \"aggressor state\" on Tuesday.", "hostile_rhetoric", None, set()),
        ("The ambassador will be recalled and the embassy will be shut.", "severance", None, {"future"}),
        ("Khartoum added that it would \"respond to the aggression by all means necessary\".", "military_threat", "SDN", set()),
        ("The militia has not commented on the drone attacks.", "armed_clash", None, set()),
        ("The decision came hours after drones struck Port Sudan for a third day.", "armed_clash", None, {"background"}),
        # A modal after a noun trigger that governs another verb doubts that verb, not the act.
        ("The deployment of North Korean troops may prolong the war.", "foreign_deployment", "PRK", set()),
        # Weapons received: the supplier acts, named after "from" or qualifying the weapons; the receiver
        # is the target, and a state's own arsenal is no supplier.
        ("Russia has received short-range ballistic missiles from Iran, the State Department said.", "arms_transfer", "IRN", set()),
        ("Iran bought Su-35 fighter jets from Russia last year.", "arms_transfer", "RUS", set()),
        ("Russia has received shipments of Iranian drones, Kyiv said.", "arms_transfer", "IRN", set()),
        ("There is no confirmation that the drones were delivered from North Korea to Russia.", "arms_transfer", "PRK", {"negated"}),
        ("Since 2022, Tehran has supplied hundreds of unmanned aerial vehicles to Moscow.", "arms_transfer", "IRN", set()),
        # Whom measures are taken against, for an act, did it; a speaker before a passive did not.
        ("Washington and its allies took measures against Tehran for supplying drones to Moscow.", "arms_transfer", "IRN", set()),
        ("The weapons that Ukraine said were transferred include drones and artillery shells.", "arms_transfer", None, set()),
        ("Sanctions imposed by the EU, Britain and the United States targeted Iran Air.", "sanctions", "GBR", set()),
        ("The cancellation by Britain and France of their air services agreements with Iran took effect on Monday.", "severance", "GBR", set()),
        # A step begun, a claim dismissed, a rumour reported, a sentence dated at its start.
        ("Germany has moved to cancel its air services agreement with Iran.", "severance", "DEU", {"future"}),
        ("Iran's foreign ministry said claims of arms sales to Russia were baseless.", "arms_transfer", "IRN", {"negated", "hedged"}),
        ("Reports emerged that North Korea would send more shells to Russia.", "arms_transfer", "PRK", {"hedged", "future"}),
        ("Seoul said North Korea would send more troops to Russia.", "foreign_deployment", "PRK", {"future"}),
        ("In mid-2023, Pyongyang and Moscow signed a secret deal for the supply of artillery shells.", "arms_transfer", "PRK", {"historical"}),
        # Balloons by what they carry, where they land and who sent them; "since May" is a month.
        ("North Korea flew hundreds of trash balloons toward the South over the weekend.", "incursion", "PRK", set()),
        ("Dozens of balloons have reportedly landed inside South Korea since Saturday.", "incursion", None, {"hedged"}),
        ("Pyongyang said it had temporarily stopped launching balloons.", "incursion", "PRK", {"negated"}),
        ("Trash balloons were launched by North Korea on May 28.", "incursion", "PRK", set()),
        ("It is the fourth time since May that North Korea has sent balloons across the border.", "incursion", "PRK", set()),
        ("Seoul condemned North Korea's resumption of balloon launches.", "incursion", "PRK", set()),
        ("The military counted about 300 balloons from across the border.", "incursion", None, set()),
        ("North Korea condemned the drones South Korea flew over Pyongyang.", "incursion", "KOR", set()),
        # What leaflets are against did not send them; a condition's act is not the speaker's.
        ("South Korean activists flew anti-North Korean leaflets across the border on Friday.", "incursion", "KOR", set()),
        ("Seoul said it would resume loudspeaker broadcasts along the border if the balloon launches continued.", "incursion", None, {"hypothetical"}),
        ("Seoul suspended a tension-easing agreement with Pyongyang on Tuesday.", "severance", "KOR", set()),
        ("South Korea's president called the North's balloon campaign a despicable and irrational provocation.", "hostile_rhetoric", "KOR", set()),
        # A by-phrase after "for" belongs to what the trigger is for.
        ("The South Korean military is on alert for possible reactions by North Korea.", "readiness", "KOR", set()),
        # Alignment in the words of a summit: backing for a "sacred fight", unconditional support, standing
        # with a state in its fight.
        ("Pyongyang voiced its backing for Moscow's \"sacred fight\" against the West.", "hostile_alignment", "PRK", set()),
        ("North Korea pledged full and unconditional support to Russia in its war.", "hostile_alignment", "PRK", set()),
        ("Kim Jong Un vowed to stand with Russia in its fight against imperialism.", "hostile_alignment", "PRK", {"future"}),
        # Arms traded and technology transferred; a suspicion or a belief is a hedge, and the believer
        # is not the actor of what is believed.
        ("Seoul and Tokyo suspect a potential arms deal between Moscow and Pyongyang.", "arms_transfer", "RUS", {"hedged", "hypothetical"}),
        ("Speculation grew about the possible arms and technology trade between the two countries.", "arms_transfer", None, {"hypothetical"}),
        ("The two leaders may agree to trade arms and defense technology.", "arms_transfer", None, {"hypothetical"}),
        ("Moscow could offer technology transfers involving nuclear-powered submarines.", "arms_transfer", "RUS", {"hypothetical"}),
        ("US officials fear that Kim might supply more shells to Russia.", "arms_transfer", None, {"hypothetical"}),
        ("Washington and its allies believe that military cooperation is a priority for both leaders.", "hostile_alignment", None, {"hedged"}),
        ("Pyongyang said that more troops would be stationed in the border area.", "force_buildup", "PRK", {"future"}),
        ("North Korea has twice failed to launch reconnaissance satellites this year.", "missile_launch", "PRK", {"negated"}),
        # Drills near a border and what is said of them: whoever names or fears the drills did not hold
        # them; forces named in a later clause did not either; a hyphen joins two states.
        ("Vilnius views the maneuvers as openly aggressive.", "military_exercise", None, set()),
        ("The drills began just days after Polish forces shot down drones over the country.", "military_exercise", None, set()),
        ("Russian-Belarusian military maneuvers began on Friday.", "military_exercise", "RUS", set()),
        ("Crossings on the Lithuanian-Belarusian border have been halted, officials said.", "severance", None, set()),
        ("Minsk confirmed that it is hosting Russian nuclear arms.", "nuclear", "RUS", set()),
        ("The drills recall Zapad-2021, which preceded Russia's full-scale assault on Ukraine.", "armed_clash", "RUS", set()),
        ("Minsk voiced unease over the presence of Lithuanian troops near its borders.", "force_buildup", "LTU", set()),
        ("Two new fortified areas have been built near the border.", "force_buildup", None, set()),
        ("The Lithuanian minister called the drills a rehearsal for war.", "hostile_rhetoric", "LTU", set()),
        # A date whose "when" or "after which" clause holds the event dates it.
        ("The last such drills were held in the fall of 2021, when they marked the start of a Russian troop buildup.", "force_buildup", "RUS", {"historical"}),
        ("The exercises ended in February 2022, immediately after which Russia launched its invasion of Ukraine.", "armed_clash", "RUS", {"historical"}),
        # A barrage from one state at another: retaliation and strikes on a consulate are armed; a count
        # after "over" sets no scene; the launcher is who fired or launched the weapons named.
        ("Tehran's attack came in retaliation for a strike on its consulate in Damascus.", "armed_clash", "IRN", set()),
        ("Over 300 missiles and drones were fired from Iran towards Israel overnight.", "armed_clash", "IRN", set()),
        ("Iran fired a barrage of more than 200 missiles and drones at Israel.", "missile_launch", "IRN", set()),
        ("Iran launched drones from its own territory toward Israel on Saturday.", "armed_clash", "IRN", set()),
        ("\"Iran has begun an airborne attack against Israel,\" the White House said.", "armed_clash", "IRN", set()),
        ("There were injuries from the Iranian-launched missiles at an air base.", "armed_clash", "IRN", set()),
        ("At least one child was wounded in the attack, officials said.", "armed_clash", None, set()),
        ("According to Al Arabiya, the Saudi news channel, American jets shot down dozens of Iranian drones.", "armed_clash", "USA", set()),
        # Defences raised at home; the IDF is Israel's.
        ("Israel has deployed all of its air defense systems ahead of the attack.", "readiness", "ISR", set()),
        ("The IDF is on high alert.", "readiness", "ISR", set()),
        # "apparently targeting" doubts the targeting; "..., a spokesman has claimed" doubts all of it.
        ("Iran launched waves of attacks against Israel, apparently targeting military bases.", "armed_clash", "IRN", set()),
        ("Most of the missiles were shot down before reaching Israeli airspace, an army spokesman has claimed.", "armed_clash", None, {"hedged"}),
        ("North Korea test-launched a hypersonic missile on Monday.", "missile_launch", "PRK", set()),
        # Ships and missiles destroyed, a missile that hits a ship; an end sought to an assault is no end.
        ("The U.S. Navy destroyed three boats carrying Houthi fighters in the Red Sea.", "armed_clash", "USA", set()),
        ("The US military has destroyed four Houthi anti-ship missiles in Yemen.", "armed_clash", "USA", set()),
        ("A Houthi missile hits a U.S. cargo ship in the Gulf of Aden.", "armed_clash", "YEM", set()),
        ("Yemen's rebels want to force an end to the Israeli assault on Gaza.", "armed_clash", "ISR", set()),
        # An offensive in a breakaway region: weapons used to target, an operation by another name, mines
        # and trenches; who is targeted is not the actor.
        ("Azerbaijani forces used artillery and drones to target the city on Tuesday.", "armed_clash", "AZE", set()),
        ("Baku launched what it called an \"anti-terrorist operation\" in response to the shelling of its positions by Armenian forces.", "armed_clash", "AZE", set()),
        ("The army said it was targeting Armenian troops and military positions, not civilians.", "armed_clash", None, set()),
        ("Yerevan said that claims of Armenian military fire did not correspond with reality.", "armed_clash", "ARM", {"negated", "hedged"}),
        ("Videos seemed to show Azerbaijan using drones to strike Armenian air defences.", "armed_clash", "AZE", {"hedged"}),
        ("Armenia said it had no troops or equipment in Karabakh.", "foreign_deployment", "ARM", {"negated"}),
        ("Yerevan denied the allegations of troop deployment in the region.", "foreign_deployment", "ARM", {"negated", "hedged"}),
        ("Baku alleged that Armenia had breached the truce signed in 2020 and amassed troops inside the disputed territory.", "force_buildup", "ARM", {"hedged"}),
        # Pyongyang's own words for its troops in Kursk.
        ("Pyongyang said its armed forces' participation in the war had been ordered by Kim Jong Un.", "foreign_deployment", "PRK", set()),
        ("North Korean soldiers are fighting for Russia in the Kursk region, Seoul said.", "foreign_deployment", "PRK", set()),
        ("Kim Jong Un praised the troops who helped liberate the Kursk region.", "armed_clash", "PRK", set()),
        ("The party hailed the firm militant friendship between Pyongyang and Moscow.", "hostile_alignment", "PRK", set()),
        ("North Korea regards it as an honour to have an alliance with Russia.", "hostile_alignment", "PRK", set()),
        ("Pyongyang and Moscow agreed to a mutual defence pact last year.", "hostile_alignment", "PRK", set()),
        ("Seoul condemned North Korea's deployment to Russia.", "foreign_deployment", "PRK", set()),
        # The M23 and Goma: the Democratic Republic of the Congo is not the Republic of the Congo; a city
        # fallen into rebels' hands; relations that cease; a hedge's clause ends at its comma; a verb after
        # "but" keeps the subject before it.
        ("The Democratic Republic of the Congo cut off diplomatic ties with Rwanda on Sunday.", "severance", "COD", set()),
        ("The city has fallen into the hands of M23 rebels.", "armed_clash", "COD", set()),
        ("Kinshasa said diplomatic relations would cease immediately and that all diplomats would be withdrawn from Rwanda.", "severance", "COD", {"future"}),
        ("While Kigali denies allegations of backing the rebels, it acknowledges the presence of its troops in eastern Congo.", "foreign_deployment", "RWA", set()),
        ("Rwanda denies backing the rebels, but last year acknowledged that it has troops and missile systems in eastern Congo.", "foreign_deployment", "RWA", set()),
        ("Heavy gunfire was reported in Goma on Monday.", "armed_clash", None, set()),
        # Air defence zones entered: a pair of states named before a participle, an entry named as a noun.
        ("Seoul scrambled jets in response to Chinese and Russian military planes entering its air defence zone.", "incursion", "CHN", set()),
        ("Two Chinese and six Russian warplanes entered South Korea's air defence zone on Wednesday.", "incursion", "CHN", set()),
        ("Their entry into the KADIZ came days after the trilateral summit.", "incursion", None, set()),
        ("A suicide bomber struck a checkpoint, killing four soldiers.", "armed_clash", None, set()),
        # Force at sea short of firing: ramming, boarding and seizing navy boats, wounding their crews; the
        # label of piracy is rhetoric; "according to officials," names no source twice.
        ("Chinese coast guard vessels repeatedly rammed two Philippine navy boats near the shoal.", "armed_clash", "CHN", set()),
        ("Chinese coast guard personnel boarded the Philippine navy vessels and seized eight rifles.", "armed_clash", "CHN", set()),
        ("The Chinese coast guard also wounded several Filipino navy personnel.", "armed_clash", "CHN", set()),
        ("The army chief described the coast guard's acts as \"piracy\".", "hostile_rhetoric", None, set()),
        ("Manila accused the Chinese Coast Guard of ramming and boarding Filipino navy ships.", "armed_clash", "CHN", {"hedged"}),
        ("The clash resulted in injuries to several Filipino navy personnel.", "armed_clash", None, set()),
        ("According to officials, the Chinese personnel attacked the boats to stop Philippine troops.", "armed_clash", "CHN", set()),
        # A new missile used on a city: its launch, a city hit with it, a missile fired at a country, a right
        # claimed to strike back; an "alleged" name doubts the name, a speaker's own belief doubts nothing.
        ("Putin confirmed the launch of a new hypersonic ballistic missile on Thursday.", "missile_launch", "RUS", set()),
        ("Putin said Russia struck Dnipro with an alleged \"new medium-range system\", a ballistic missile.", "armed_clash", "RUS", set()),
        ("The Russians hit the city with an intercontinental ballistic missile overnight.", "armed_clash", "RUS", set()),
        ("Russia fired an experimental intermediate-range ballistic missile at Ukraine overnight.", "armed_clash", "RUS", set()),
        ("Kyiv said a ballistic missile and other rockets hit the central Ukrainian city of Dnipro.", "armed_clash", None, set()),
        ("Russia reserves the right to retaliate against countries providing Ukraine with weaponry, Putin warned.", "military_threat", "RUS", set()),
        ("\"We believe that we have the right to use our weapons against military facilities,\" Putin said.", "military_threat", "RUS", set()),
        # De-escalation reads as such: loudspeakers stopped, turned off or dismantled are negated.
        ("North Korea has stopped using loudspeakers near the South Korean border, Seoul said.", "hostile_rhetoric", "PRK", {"negated"}),
        ("Pyongyang's military reportedly turned off its border loudspeakers on Thursday.", "hostile_rhetoric", "PRK", {"negated", "hedged"}),
        ("Seoul dismantled its loudspeakers along the border to ease tensions.", "hostile_rhetoric", "KOR", {"negated"}),
        ("The campaign was part of a psychological warfare effort against the North.", "hostile_rhetoric", None, set()),
        # The arms traffic between Pyongyang and Moscow as a monitoring report counts it.
        ("North Korea has supplied Russia with more than 20,000 containers of military goods since 2023.", "arms_transfer", "PRK", set()),
        ("Russia has also shared missile data with North Korea, the report said.", "arms_transfer", "RUS", {"hedged"}),
        ("Since late last year, Russia has supplied at least one Pantsir mobile air defence system to Pyongyang.", "arms_transfer", "RUS", set()),
        ("The shipments include nine million rounds of artillery and more than 100 ballistic missiles.", "arms_transfer", None, set()),
        # A patrol plane over Japan: the plane a relative clause hangs on acts in it; a plane that flies into
        # airspace intrudes; a joint fleet of two navies is named by the first.
        ("Japanese fighters fired warning flares at a Russian reconnaissance plane that violated Japan's airspace.", "incursion", "RUS", set()),
        ("Tokyo protested after a Russian military plane flew into its airspace on Monday.", "incursion", "RUS", {"background"}),
        ("A joint fleet of Chinese and Russian warships sailed around Japan's northern coasts.", "military_exercise", "CHN", set()),
        # Satellites put into orbit are launches; a launch that "ended in failure" was made.
        ("North Korea sent its first military reconnaissance satellite into orbit last November.", "missile_launch", "PRK", set()),
        ("Pyongyang's attempt to launch a new reconnaissance satellite ended in failure on Monday.", "missile_launch", "PRK", set()),
        # The "invincible brotherhood" of Wonsan: support by adverb, alignment, involvement in operations,
        # troops "it had sent", and a speaker named with a four-word title who reports another's support.
        ("North Korea will unconditionally support Russia's policy on protecting its territorial integrity, Choe said.", "hostile_alignment", "PRK", {"future"}),
        ("Lavrov's visit reaffirmed Moscow's growing military and political alignment with Pyongyang.", "hostile_alignment", "RUS", set()),
        ("Lavrov described North Korea's involvement in military operations in the Kursk region as solidarity.", "foreign_deployment", "PRK", set()),
        ("Pyongyang reaffirmed its \"unequivocal support\" for all objectives of Russia's so-called \"special military operation\".", "hostile_alignment", "PRK", set()),
        ("Lavrov called the relationship an invincible fighting brotherhood.", "hostile_alignment", "RUS", set()),
        ("Lavrov thanked North Korea for the troops it had sent to Russia.", "foreign_deployment", "PRK", set()),
        ("Russian Foreign Minister Sergei Lavrov said North Korea had affirmed its clear support for Russia's war in Ukraine.", "hostile_alignment", "PRK", set()),
    ],
)
def test_theatre_reports(analyser, text, indicator, actor, flags):
    hits = [h for h in _hits(analyser, text) if h.indicator == indicator]
    assert hits, f"no {indicator} in {text!r}: {[h.indicator for h in _hits(analyser, text)]}"
    hit = hits[0]
    assert hit.actor == actor
    assert {flag for flag in FLAGS if getattr(hit, flag)} == flags


@pytest.mark.parametrize(
    ("text", "indicator"),
    [
        # An adjective, not a build-up: the border has long been fortified.
        ("A North Korean soldier defected across the heavily fortified border on Tuesday.", "force_buildup"),
        # Changing clubs is not a state's soldier or official changing sides.
        ("The goalkeeper defected to a rival club in the transfer window.", "defection"),
        ("The minister urged citizens to exercise caution during the storm.", "military_exercise"),
        ("Parliament began to exercise its new powers over the budget.", "military_exercise"),
        ("The city held an emergency evacuation exercise at the airport.", "military_exercise"),
        ("Cyber attacks by hostile state actors rose last year.", "hostile_rhetoric"),
        ("The two firms suspended their merger agreement.", "severance"),
        # Giving up weapons is not giving them to anyone.
        ("Kim Jong Un said the North would never give up its nuclear weapons.", "arms_transfer"),
        ("The school held fire drills every month.", "military_exercise"),
        # A test launch into the sea is not an attack on anyone, whatever day it falls on.
        ("North Korea fired two ballistic missiles into the sea on Monday.", "armed_clash"),
        ("The missile hit its target during the test, the ministry said.", "armed_clash"),
        ("The central bank's nuclear option would be to raise rates sharply.", "nuclear"),
        ("Firefighters battled the blaze for six hours.", "armed_clash"),
        # Nature and protesters destroy and block, but no state decided to.
        ("The flood destroyed roads and bridges in the province.", "infrastructure_destruction"),
        ("Two bridges were destroyed by the floods on Monday.", "infrastructure_destruction"),
        ("Polish farmers blocked border crossings with Ukraine for weeks.", "severance"),
        ("Heavy snow closed the border crossing for two days.", "severance"),
        # Own forces sent near an island are a show of force, not arms handed to anyone.
        ("China's military sent 45 aircraft and 12 warships near Taiwan in the past 24 hours, Taipei said.", "arms_transfer"),
        ("The startup launched its first satellite broadband service in Seoul.", "missile_launch"),
        ("The star striker fired two shots at goal in the first half.", "armed_clash"),
        # A gap in a pattern does not reach into another clause.
        ("The drills were cancelled after Pyongyang agreed to talks.", "severance"),
        ("Air-raid sirens sounded across the island after the launch.", "armed_clash"),
        ("The soldiers patrolled the fortified border town at night.", "force_buildup"),
        ("The two nuclear-armed rivals held talks in Geneva.", "nuclear"),
        # A dock strike is labour news, however many ports it shuts.
        ("Ports from Maine to Texas shut down when 45,000 dockworkers went on strike.", None),
        ("The strike blocks food and car shipments across dozens of ports.", None),
        # Sanctions someone evades are the setting of the story, not new sanctions.
        ("The tanker belongs to a fleet used to evade Western sanctions on Russian oil.", "sanctions"),
        ("A soldier crossed the border to defect to the South, the military said.", "incursion"),
        ("Workers launched a general strike over pensions.", None),
        ("The company launched a marketing offensive in Asia.", None),
        # Troops sent to keep order or to fight fires at home are no foreign deployment, and no fight.
        ("Troops were deployed to the streets to restore order after the election.", None),
        ("The government deployed the army to fight wildfires.", None),
        ("Thousands of soldiers were sent to flood-hit areas.", None),
        # "Anti-ship" names a missile; nothing is shipped.
        ("The navy shot down two anti-ship missiles.", "arms_transfer"),
        # A test's missiles hitting targets at sea hit no one.
        ("The missiles hit targets 1,000 km away over the sea, KCNA said.", "armed_clash"),
        # Troops sent to a state's own border are a build-up, not a deployment abroad.
        ("Brazil sent troops to its border with Venezuela.", "foreign_deployment"),
        # Drones flown near another army's positions are no troops sent abroad.
        ("Cambodian forces deployed two drones near Thai troop positions.", "foreign_deployment"),
        # "Hit targets" in a ministry's plan hits nothing; a military target is needed.
        ("The ministry hit its revenue targets for the third year in a row.", "armed_clash"),
        # Combat roles are jobs; a trade war's retaliation is no military threat; fire destroys on its own.
        ("Women now serve in combat roles in the army.", "armed_clash"),
        ("China will retaliate against the new tariffs, the commerce ministry said.", "military_threat"),
        ("A fire destroyed an army barracks in the capital on Sunday.", "armed_clash"),
        # Missiles fired into the sea or into space hit no one.
        ("North Korea fired two cruise missiles into the Yellow Sea on Sunday.", "armed_clash"),
        ("The rocket fired its engines into orbit.", "armed_clash"),
        ("The final was decided by a penalty shootout.", "armed_clash"),
        ("The attack submarine docked in Guam for repairs.", "armed_clash"),
        ("Teachers launched strikes against the pension reform.", "armed_clash"),
        # A chance to test missiles is no missile supplied.
        ("Moscow is providing Pyongyang with a chance to test missiles.", "arms_transfer"),
        # Armed rebels carry arms; nobody is arming them here.
        ("Armed rebels attacked the town overnight.", "arms_transfer"),
        # Warning shots hit no one; a posture kept is no readiness raised.
        ("The army fired warning shots at the intruders.", "armed_clash"),
        ("The military maintained its readiness posture.", "readiness"),
        ("A traffic accident killed two soldiers near the base.", "armed_clash"),
        # "Around March" is a time, not a place; coast guard ships are no forces.
        ("Pyongyang is expected to send 5,000 troops to Russia by around March.", "force_buildup"),
        ("The coast guard sent ships to waters around the islands.", "force_buildup"),
        # A trade war is fought with tariffs: no threat, no clash.
        ("Beijing vowed to fight the tariffs to the end.", "military_threat"),
        ("China struck back with counter-tariffs in the trade war.", "armed_clash"),
        ("The ministry said it would take countermeasures against the new export controls.", "military_threat"),
        ("Italy beat France in a penalty shootout on Sunday.", "armed_clash"),
        # Shelling halted "near the border" halts the shelling; the border stays open.
        ("Seoul urged Pyongyang to halt the shelling near the border.", "severance"),
        # Drones flown into the night cross no border; missile drills in response are no clash.
        ("The two sides exchanged threats, sending drones into the early hours of Sunday.", "incursion"),
        ("Seoul responded with missile drills of its own.", "armed_clash"),
        # A border town is a place, not a border crossed; an occupied territory is no act; a team's
        # defensive line is no front.
        ("Soldiers entered the border town to help flood victims.", "incursion"),
        ("Settlers live in the occupied territory.", "armed_clash"),
        ("The coach built a strong defensive line for the final.", "force_buildup"),
        ("Protesters occupied the town hall on Monday.", "armed_clash"),
        # Troops sent to a parliament or to key facilities at home are sent nowhere abroad.
        ("Troops were deployed to the National Assembly after the declaration.", "foreign_deployment"),
        ("The minister ordered soldiers stationed at key facilities in the capital.", "foreign_deployment"),
        ("Union leaders vowed to keep striking until wages rise.", "military_threat"),
        ("Forecasters warned that the storm will hit the coast where troops are based.", "military_threat"),
        # A speed camera's radar is no weapon's.
        ("Police locked their radar on speeding cars near the school.", "military_threat"),
        # A vow to fight terrorism "until the last terrorist is neutralised" fights no one yet; a labour
        # strike hits no targets.
        ("Ankara vowed to continue the fight against terrorism until the last terrorist is neutralised.", "armed_clash"),
        ("The strike hit production targets at the car plant.", "armed_clash"),
        # Serious consequences for an economy threaten no force.
        ("Economists warned the tariffs would have serious consequences for the economy.", "military_threat"),
        # A minister who comes under fire from critics is in no clash.
        ("The minister came under fire from critics over the budget.", "armed_clash"),
        # Troops offered to a peacekeeping force are no deployment to a war.
        ("France is ready to contribute up to 4,000 troops to an international peacekeeping force.", "foreign_deployment"),
        # Drones destroyed in a stockpile are no shooting down.
        ("The company destroyed its drone stockpiles under the treaty.", "armed_clash"),
        # Jets that invade airspace fight no one.
        ("Two Russian fighter jets invaded Finnish airspace for three minutes.", "armed_clash"),
        # Asking who was to blame blames no one.
        ("Neither side offered any evidence of who was to blame for the blast.", "hostile_rhetoric"),
        # A state's own factories and arsenals supply no foreign arms.
        ("The army received new tanks from the factory in Kharkiv.", "arms_transfer"),
        ("Ukraine's army received new howitzers from its own arsenal.", "arms_transfer"),
        # Defectors who live in the South are a community, not a defection.
        ("Thousands of North Korean defectors live in South Korea.", "defection"),
        # A launch site is a place; the Arms Trade Treaty trades nothing.
        ("Putin showed Kim around the rocket launch site.", "missile_launch"),
        ("Member states signed the Arms Trade Treaty in 2013.", "arms_transfer"),
        # Airspace closed over a test site is a notice to pilots; arms control is no nuclear threat.
        ("Putin ordered the closing of airspace over a missile test site.", "severance"),
        ("The world's nuclear powers discussed nuclear arms control in Geneva.", "nuclear"),
        # A state closing its own airspace for a night cuts no ties with anyone.
        ("Israel closed its airspace at midnight.", "severance"),
        # A surrender: weapons laid down and handed over, positions abandoned; battle positions fight no battle.
        ("The separatists agreed to lay down their weapons and abandon their combat positions.", "defection"),
        ("Baku ordered the separatist units to hand over their weapons.", "arms_transfer"),
        ("The enemy's battle positions were reinforced overnight.", "armed_clash"),
        # Troops fighting for their own homeland are not deployed abroad.
        ("Ukrainian troops are fighting for their homeland in the east.", "foreign_deployment"),
        # A labour strike, even at an arms maker: pay, unions and jet production are no war.
        ("The strike is about pay and pensions, union leaders said, as the walkout shut the war machine's biggest plant.", "armed_clash"),
        ("Both strikes have halted jet production at the company since September.", "armed_clash"),
        # A colony that "fell to" a new government in a vote fell to no forces.
        ("The former colony fell to the new government in a peaceful vote.", "armed_clash"),
        # Bombers flying a patrol are aircraft, not a bombing.
        ("Russian TU-95 bombers and SU-35 fighter jets joined the Chinese aircraft over the East Sea.", "armed_clash"),
        # A coast guard crew boarding a suspect tanker enforces a law; a medal's name wounds no one.
        ("A coast guard crew boarded the tanker and took it into Finnish waters.", "armed_clash"),
        ("The seaman was awarded a Wounded Personnel Medal by the navy.", "armed_clash"),
        # Loudspeakers named only as what news came from are no act of broadcasting.
        ("The South used to broadcast news and K-pop from loudspeakers near the border.", "hostile_rhetoric"),
        # Fuel is no arms.
        ("Russia supplied North Korea with over 1 million barrels of fuel last year.", "arms_transfer"),
        # Warning flares fire on no one.
        ("The jets warned the intruder by radio before firing the flares.", "armed_clash"),
        # A rocket launched to deploy a satellite bombards no one.
        ("A rocket launched by North Korea to deploy a spy satellite exploded shortly after liftoff.", "armed_clash"),
        ("A group of North Korean defectors in the South sent balloons with leaflets across the border.", "defection"),
    ],
)
def test_theatre_words_in_other_senses(analyser, text, indicator):
    found = {h.indicator for h in _hits(analyser, text)}
    assert not found if indicator is None else indicator not in found, found


def test_a_date_naming_the_agreement_does_not_date_the_event(analyser):
    hit = next(h for h in _hits(analyser, "Seoul suspended the 2018 military agreement on Tuesday.") if h.indicator == "severance")
    assert not hit.historical
    hit = next(h for h in _hits(analyser, "In 2018 Seoul suspended a military agreement.") if h.indicator == "severance")
    assert hit.historical


@pytest.mark.parametrize(
    ("text", "indicator", "trigger", "actor", "flags"),
    [
        # A sentence that opens on the scene and then gives the news: the news is the hit, since a
        # dated or scene-setting hit counts for little in the day's score.
        ("After North Korea fired a ballistic missile in 2017 that flew over Japan, it fired two more missiles on Tuesday.", "missile_launch", "fired two more missiles", "PRK", set()),
        ("Amid clashes along the border last week, Thai and Cambodian troops exchanged fire again on Monday.", "armed_clash", "exchanged fire", "THA", set()),
        ("Following the shelling of Yeonpyeong Island in 2010, North Korean artillery opened fire near the island again on Friday.", "armed_clash", "opened fire", "PRK", set()),
        ("Seoul protested after Pyongyang sent balloons across the border in May, but North Korean drones crossed the border on Sunday.", "incursion", "crossed the border", "PRK", set()),
        # A scene set late in the sentence runs to its end: nothing after it is news.
        ("Zelensky spoke a day after Ukraine said it had captured two North Korean soldiers wounded fighting in Kursk.", "armed_clash", "captured", "UKR", {"background"}),
        # When every match is dated, the first stands.
        ("In 2017, North Korea fired missiles over Japan, and it fired more missiles in 2019.", "missile_launch", "fired missiles", "PRK", {"historical"}),
    ],
)
def test_the_news_after_the_scene_is_the_hit(analyser, text, indicator, trigger, actor, flags):
    hit = next(h for h in _hits(analyser, text) if h.indicator == indicator)
    assert (hit.trigger, hit.actor, {f for f in FLAGS if getattr(hit, f)}) == (trigger, actor, flags)


def test_an_article_lends_its_armed_context_to_the_sentences_after_it(analyser):
    """A sentence that names an attack only by its effects counts once the article has reported it."""
    article = (
        "Thousands of pagers used by Hezbollah exploded across Lebanon in an Israeli attack. "
        "A second wave of explosions the following day killed at least 25 people."
    )
    second = [h for h in _hits(analyser, article) if h.indicator == "armed_clash" and h.trigger == "explosions"]
    assert len(second) == 1 and not second[0].negated
    # Alone, or after a sentence that only denies an attack, the same words could be an accident.
    alone = "A second wave of explosions the following day killed at least 25 people."
    assert not [h for h in _hits(analyser, alone) if h.indicator == "armed_clash"]
    denied = "Israel denied that its troops had attacked Lebanon. A second wave of explosions the following day killed at least 25 people."
    assert [h.trigger for h in _hits(analyser, denied) if h.indicator == "armed_clash"] == ["attacked"]


def test_who_is_provided_with_arms_receives_them(analyser):
    hit = next(h for h in _hits(analyser, "Ukraine will be provided with more air defence systems.") if h.indicator == "arms_transfer")
    assert (hit.actor, hit.target, hit.future) == (None, "UKR", True)


def test_nature_does_not_excuse_what_troops_did(analyser):
    hits = _hits(analyser, "Amid heavy rains, Russian troops blew up the bridge.")
    assert [(h.indicator, h.actor) for h in hits] == [("infrastructure_destruction", "RUS")]


def test_leaders_speak_for_their_states(analyser):
    hits = _hits(analyser, "Putin said Kim Jong Un's troops had helped retake Kursk.")
    assert hits and hits[0].actor == "PRK"


@pytest.mark.parametrize(
    ("text", "actor", "target"),
    [
        # Who suffered the act is its target, never its actor.
        ("Three US servicemen were killed by an improvised explosive device outside Basra.", None, "USA"),
        ("Two Ukrainian soldiers were wounded in Russian shelling overnight.", "RUS", "UKR"),
        ("North Korean troops were attacked by Ukrainian drones in Kursk.", "UKR", "PRK"),
        ("Russia shelled Kharkiv, where Ukrainian troops were attacked.", "RUS", "UKR"),
        ("Ukraine's energy grid was hit by a massive Russian drone and missile attack overnight.", "RUS", "UKR"),
        # The side that reports the enemy's losses inflicted them; headlines drop "were"; a side reporting
        # its own losses is their victim.
        ("Ukraine's military intelligence agency said on Wednesday that more than 3,000 North Korean soldiers had been killed or wounded in the Kursk region.", "UKR", "PRK"),
        ("Ukraine Says North Korean Troops Killed in Kursk Counteroffensive", "UKR", "PRK"),
        ("Russia said Ukrainian forces were attacked near Bakhmut.", "RUS", "UKR"),
        ("Pakistan says three of its soldiers have been killed after Indian forces fired across the de facto border.", "IND", "PAK"),
    ],
)
def test_victims_are_targets(analyser, text, actor, target):
    hit = next(h for h in _hits(analyser, text) if h.indicator == "armed_clash")
    assert (hit.actor, hit.target) == (actor, target)
