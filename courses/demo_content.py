"""Demo courses, written for Cotrain from the source documents (see shared DIGEST §4).

Demo text only: the Welsh is hand-written demo text, not a professional translation.
"""

COURSES = [
    {
        "slug": "working-with-parent-carers",
        "title": "Working with parent carers: the foundations",
        "summary": "The basics every frontline worker needs to work well with parent carers of disabled children. It covers the law, blame, co-production, clear communication and the whole child.",
        "learning_outcomes": [
            "Explain what the Children and Families Act 2014 and the SEND Code of Practice expect when you work with families.",
            "Recognise parent carer blame and use language that does not blame parents or children.",
            "Describe what co-production means and how it differs from informing or consulting families.",
            "Communicate in plain English and in ways that reach every family.",
            "Respond to the emotional load on families and think about the whole child, not one service at a time.",
        ],
        "audiences": [],
        "estimated_minutes": 90,
        "cpd_hours": "1.5",
        "co_trainers": ["nadia@parents.cotrain.example", "rhian@parents.cotrain.example"],
        "private_to_co_trainers": False,
        "modules": [
            {
                "slug": "the-law-in-brief",
                "title": "The law in brief",
                "summary": "What the Children and Families Act 2014 and the SEND Code of Practice say about involving children, young people and parents.",
                "estimated_minutes": 15,
                "body": [
                    (
                        "rich_text",
                        "<p>Two documents shape how you work with families of children with SEND (special educational needs and disabilities) in England. The first is Part 4 of the Children and Families Act 2014. The second is the SEND Code of Practice. This is the statutory guidance that goes with the Act, and it covers children and young people from birth to 25.</p>"
                        "<p>The Act and the Code came into force on 1 September 2014. The version of the Code in use today was published in 2015. Section 19 of the Act sets out the principles behind the law. They include children, their parents and young people taking part in decisions, and having more choice and control over support.</p>",
                    ),
                    ("heading", "What the Code asks of councils"),
                    (
                        "rich_text",
                        "<p>Paragraph 1.3 of the Code is short and clear. It says local authorities “must ensure that children, their parents and young people are involved in discussions and decisions about their individual support and about local provision”.</p>"
                        "<p>So the duty has two parts. One is about the individual child: their assessment, their EHC plan (education, health and care plan) and the support they get. The other is about local services: how they are planned, delivered and reviewed.</p>"
                        "<p>The Code also describes when participation works well. In short, it is:</p>"
                        "<ul><li>recognised, valued, planned and resourced, for example through fair payment and training</li><li>part of every stage of planning, delivering and checking services</li><li>clear about the roles of children, young people and parents</li><li>backed by strong feedback, so families can see the difference they made</li></ul>",
                    ),
                    (
                        "rich_text",
                        "<p>A law on paper does not change a family’s experience by itself. When the reforms were being drawn up, Edward Timpson, then an MP, said that a change in the law is not enough and must go hand in hand with a change in culture. That change happens in your daily work: in the phone call, the meeting and the letter.</p>",
                    ),
                    (
                        "key_points",
                        {
                            "heading": "Key points",
                            "points": [
                                "The Children and Families Act 2014 and the SEND Code of Practice came into force on 1 September 2014.",
                                "Paragraph 1.3 covers decisions about individual support and about local services.",
                                "Good participation is planned, resourced, clear about roles and backed by feedback.",
                                "The law only works if the culture changes too.",
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Where in your work do parents take part in decisions about local services, not only about their own child?"
                        },
                    ),
                ],
            },
            {
                "slug": "parent-carer-blame",
                "title": "Parent carer blame: recognising it and working without it",
                "summary": "How blame and stereotypes show up in everyday practice, and how to work with parents without them.",
                "estimated_minutes": 20,
                "body": [
                    (
                        "rich_text",
                        "<p>A 2021 research report on parent carers’ experiences of Children’s Services is called “Institutionalising Parent Carer Blame”. Its title names something many families know well. The report called for change in national guidance. It also called for change at the “coalface”: the point where parents first deal with officials in Children’s Services.</p>"
                        "<p>Blame is not new. The 1994 SEN Code of Practice already warned that parents may feel blamed for their child’s difficulties. Parent carers still describe being seen as part of the problem, or being labelled “difficult” when they disagree with a decision.</p>",
                    ),
                    ("heading", "How blame shows up"),
                    (
                        "rich_text",
                        "<p>Blame is rarely one person’s doing. It grows in busy systems under pressure, and it can creep into everyday habits. Watch for:</p>"
                        "<ul><li>case notes that call a parent “demanding” or “anxious” instead of saying what they asked for and why</li><li>treating a parent’s challenge as a problem to manage, not as information about an unmet need</li><li>sorting parents into two stereotypes: the pushy, well-off parent or the parent who does not care</li><li>assuming that families on low incomes have lower hopes for their children</li></ul>"
                        "<p>The history of parent advocacy points the other way. Parents often speak up because services have not met their child’s needs, not to gain an advantage over other families. When a parent challenges you, ask what need sits behind it.</p>",
                    ),
                    (
                        "case_study",
                        {
                            "title": "“Stop trying to fit my son into one of your boxes”",
                            "summary": "A council manager remembers the moment a mother challenged the service, and how it changed the way the service worked.",
                            "body": "<p>Many years ago, a mother sat across the table from a council manager. Her son was four and had complex disabilities. She looked the manager in the eye and told them to stop trying to fit her son into one of the service’s boxes.</p>"
                            "<p>It would have been easy to see her as a difficult parent. Instead, the manager saw that she was right. Support had to be built around the child, not the other way round, and the mother knew best what her son needed. The manager now thinks of parents like her as pioneers who made the service better.</p>",
                            "source": "Based on a council manager’s published reflection. Retold in our own words, with details removed.",
                        },
                    ),
                    (
                        "key_points",
                        {
                            "heading": "Key points",
                            "points": [
                                "Blame often sits in systems and habits, not in one person.",
                                "A parent who challenges you is usually telling you about an unmet need.",
                                "Avoid stereotypes of parents, such as “pushy” or “uncaring”.",
                                "Write notes that say what was asked and why, without labels.",
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Think of a recent note or email you wrote about a parent: how would it read to that parent?"
                        },
                    ),
                ],
            },
            {
                "slug": "what-co-production-means",
                "title": "What co-production means (and what it does not)",
                "summary": "A working definition of co-production, what it is not, and the different levels at which families can take part.",
                "estimated_minutes": 20,
                "body": [
                    (
                        "rich_text",
                        "<p>Co-production is a word you will hear often. There is no single agreed definition. The SEND Code of Practice mentions it only once, about the Local Offer: the information a council publishes about the services families can expect.</p>"
                        "<p>A definition used in local area SEND inspection letters is a good place to start. It describes co-production as “a way of working where children and young people, families and those that provide the services work together to create a decision or a service which works for them all”.</p>",
                    ),
                    ("heading", "What co-production is not"),
                    (
                        "rich_text",
                        "<p>Co-production means starting together, at the beginning, before decisions are made. It is not:</p>"
                        "<ul><li>telling families about a decision once it is made</li><li>asking for views and never reporting back</li><li>inviting one parent to a meeting so a box can be ticked</li><li>using a family’s story only to illustrate a point</li></ul>"
                        "<p>One parent carer put it simply: co-production “is not easy and it is definitely not always fun, but it is essential”.</p>",
                    ),
                    (
                        "rich_text",
                        "<p>It helps to think in levels. With one family, you work together on the support for one child. Some writers call this parental engagement. With a team or service, parents help shape how it works. Across the whole system, parent carers, often through a parent carer forum, help plan and review local services. Not every parent wants to take part at every level, and that is fine. But every parent deserves to be taken seriously about their own child.</p>",
                    ),
                    (
                        "case_study",
                        {
                            "title": "“We had to fight for everything”",
                            "summary": "A parent carer describes giving views and never hearing what happened, and the one worker who made a difference.",
                            "body": "<p>A parent carer describes getting support for their son as a constant fight. Information was hard to find and hard to understand. Staff changed often. They went to two parent meetings and gave their views, but never heard what happened to them. So they stopped going.</p>"
                            "<p>What made the difference was one worker who listened and treated what the parent knew about their son as real knowledge. That one person changed how the whole service felt.</p>",
                            "source": "A composite of themes from several parent carers’ accounts. Not one person’s story.",
                        },
                    ),
                    (
                        "key_points",
                        {
                            "heading": "Key points",
                            "points": [
                                "Co-production means working together from the start, not after decisions are made.",
                                "Always tell families what happened to their views.",
                                "Not every parent wants to co-produce services, but every parent should be heard about their own child.",
                                "Be honest about what is and is not within your power to change.",
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "When did you last tell a family what changed because of something they told you?"
                        },
                    ),
                ],
            },
            {
                "slug": "clear-communication",
                "title": "Clear communication that reaches every family",
                "summary": "How to use plain English, why letters alone are not enough, and simple ways to reach every family.",
                "estimated_minutes": 15,
                "body": [
                    (
                        "rich_text",
                        "<p>The words you use can help a family or shut them out. Professional language can be a huge barrier for parents, and sometimes for everyone in the room. When one council involved parents in its SEND reforms, staff had to remind themselves to avoid jargon in meetings and use plain English. They found this was good for everyone, not just for parents.</p>"
                        "<p>Plain English means short sentences, everyday words and explaining any term you must use. Write “education, health and care plan” before you write “EHC plan”. Say what will happen next, who will do it and when.</p>",
                    ),
                    ("heading", "Do not rely on letters alone"),
                    (
                        "rich_text",
                        "<p>Some parents have their own learning needs. Some are still learning English. Some have had bad experiences with services before. A letter on its own may not reach them. Some children have been taken off health waiting lists because a parent did not understand a letter.</p>"
                        "<p>Use more than one way to reach families:</p>"
                        "<ul><li>phone or meet in person, as well as writing</li><li>offer an interpreter or an easy read version where it helps</li><li>check that the parent has understood, without making them feel tested</li><li>let people send views by email or answer one short question if they cannot come to meetings</li></ul>",
                    ),
                    (
                        "case_study",
                        {
                            "title": "The letter she could not read",
                            "summary": "A mother missed a health appointment for her child because the only contact was a letter she could not understand.",
                            "body": "<p>A mother has her own learning needs, and English is not her first language. She received a letter offering her child a health appointment. She could not understand it and did not reply. Her child was taken off the waiting list.</p>"
                            "<p>Months later, an adviser from the local SENDIASS (SEND information, advice and support service) helped her understand what had happened and got the referral started again. Nobody had phoned her. The letter had been the only contact.</p>",
                            "source": "A composite based on a pattern reported by an advice service. Not one family’s story.",
                        },
                    ),
                    (
                        "key_points",
                        {
                            "heading": "Key points",
                            "points": [
                                "Plain English helps everyone, not just parents.",
                                "Explain every term the first time you use it.",
                                "Never rely on a letter alone for something that matters.",
                                "Check understanding kindly, and offer other formats.",
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Which piece of jargon do you use most often, and how could you say it in plain English?"
                        },
                    ),
                ],
            },
            {
                "slug": "emotion-and-the-whole-child",
                "title": "Lived experience: emotion and the whole child",
                "summary": "The emotional and practical load on parent carers, making decisions at hard moments, and why the child is not disabled in parts.",
                "estimated_minutes": 20,
                "body": [
                    (
                        "rich_text",
                        "<p>Parenting a disabled child brings a wide range of feelings, including frustration, anger, guilt and helplessness. These feelings are natural. Earlier Codes of Practice talked about parents’ feelings. The current Code says little about them and uses more business-like language instead.</p>"
                        "<p>Families also carry a practical load. They fit in many appointments, and they are more likely to face poverty, illness, isolation and mental health issues. None of this makes a parent less able or less committed. It means your meetings and decisions need to fit around real lives.</p>",
                    ),
                    ("heading", "Decisions at times of high emotion"),
                    (
                        "rich_text",
                        "<p>You often meet families at hard moments: a new diagnosis, a crisis or a refused request. Making decisions in those moments is very difficult. When you can:</p>"
                        "<ul><li>give time, and do not push for an answer on the day</li><li>write down what was agreed, in plain English</li><li>offer a follow-up conversation</li><li>share hard news honestly, without putting a ceiling on the child</li></ul>"
                        "<p>One parent carer said of her daughter: “She is not disabled in parts.” Her daughter is disabled at school, at hospital and out with friends, all the time. When services argue over whose budget pays, the family is the one left waiting. Parents do not need to know who pays. They need the parts of the system to work together.</p>",
                    ),
                    (
                        "case_study",
                        {
                            "title": "“Don’t have any expectations”",
                            "summary": "A mother remembers the first thing a consultant told her about her baby daughter, and what she would like professionals to think about.",
                            "body": "<p>A mother’s daughter was born early. The first thing a consultant told her was not to have any expectations. Her daughter might never walk, talk or feed herself, or live independently.</p>"
                            "<p>Her daughter is now thriving. The mother did not like what she heard, and in a way it gave her the fire to become the parent she is today. But she asks professionals to think carefully about how they share news like this, and about the limits it can place on a child before anyone knows them.</p>",
                            "source": "Based on one parent carer’s published account. Retold in our own words, with some details added for this course.",
                        },
                    ),
                    (
                        "key_points",
                        {
                            "heading": "Key points",
                            "points": [
                                "Strong feelings are a natural part of parenting a disabled child.",
                                "Fit processes around families’ lives, not the other way round.",
                                "Give families time when decisions come at moments of high emotion.",
                                "Keep expectations high, and share hard news with care.",
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "How could you give a family more time before they have to make a decision?"
                        },
                    ),
                ],
            },
        ],
    },
    {
        "slug": "partnership-in-schools",
        "title": "Partnership with parents in schools and settings",
        "summary": "For SENCOs and school and early years staff. Where partnership with parents came from, how to work with parents as equal experts, and how to prevent disagreements.",
        "learning_outcomes": [
            "Outline how the role of parents in the SEND system has changed since the 1940s.",
            "Contrast the expert model with the negotiation model of working with parents.",
            "Plan and hold a structured conversation with a parent.",
            "Use good relationships and clear communication to prevent disagreements.",
        ],
        "audiences": ["senco", "other"],
        "estimated_minutes": 80,
        "cpd_hours": "1.3",
        "co_trainers": ["sam@parents.cotrain.example"],
        "private_to_co_trainers": False,
        "modules": [
            {
                "slug": "a-short-history",
                "title": "From “told” to “partners”: a short history",
                "summary": "How parents’ place in decisions about their children’s education has changed, and why that history still matters.",
                "estimated_minutes": 15,
                "body": [
                    (
                        "rich_text",
                        "<p>Parents’ past experience of the system shapes how they meet you today. So it helps to know where partnership came from.</p>"
                        "<p>Before the 1944 Education Act, doctors and inspectors examined and classified children, and parents had no say. The 1944 Act brought special education into the general system, but it still gave parents no formal role in decisions about their child. In the 1950s, parents began to challenge the idea that some children could not be educated. Some set up and funded new special schools.</p>",
                    ),
                    ("heading", "Steps towards partnership"),
                    (
                        "rich_text",
                        "<ul><li>1970: a new Act gave every child of compulsory school age a legal right to an education. It also recommended that parents be involved in decisions.</li><li>1978: the Warnock Report included a whole chapter called “Parents as Partners”.</li><li>1981: a new Education Act gave parents new rights and brought in “statements” of special educational needs.</li><li>1994 and 2001: the Codes of Practice mostly saw parents as helpers who gave information and followed professionals’ advice.</li><li>2009: the Lamb Inquiry found low levels of parental confidence in the SEND system.</li><li>2014: the Children and Families Act aimed to put children and families at the centre of SEND processes and services.</li></ul>"
                        "<p>Even Warnock did not see parents as equals in education. Professionals were still to have the last word. That helps explain why many parents still feel they are told rather than asked.</p>",
                    ),
                    (
                        "case_study",
                        {
                            "title": "What colour is the bus?",
                            "summary": "In 1978, a new council officer delivered a letter that told a father where his son would go to school.",
                            "body": "<p>In 1978, in their first week in a new job, a young council officer was sent to deliver a letter. It told a father that his son was “maladjusted” and must start at a special school the next Monday. A bus would collect him.</p>"
                            "<p>The officer expected an argument. There was none. The father accepted the letter. His only question was what colour the bus would be. The officer did not know, but found out and went back to tell him. At that time, parents were told, not asked.</p>",
                            "source": "Based on a council officer’s published memory of their first week at work. Retold in our own words.",
                        },
                    ),
                    (
                        "key_points",
                        {
                            "heading": "Key points",
                            "points": [
                                "For much of the last century, parents were told what would happen, not asked.",
                                "The Warnock Report (1978) set out the idea of parents as partners.",
                                "Earlier Codes of Practice saw parents mainly as sources of information.",
                                "Past experience can shape how much a parent trusts you today.",
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "What might a parent’s own experience of school tell you about how they feel in meetings with you?"
                        },
                    ),
                ],
            },
            {
                "slug": "expert-to-negotiation",
                "title": "From the expert model to the negotiation model",
                "summary": "Two ways of working with parents, why the roles of parent and professional differ, and principles that build trust.",
                "estimated_minutes": 20,
                "body": [
                    (
                        "rich_text",
                        "<p>There are two broad ways a professional can work with a parent. In the expert model, the professional assesses the child and decides what help they get. The parent receives the decision. In the negotiation model, the parent and the professional keep talking until they agree the best support. It brings together the child’s circumstances, the parent’s expertise and the professional’s knowledge.</p>"
                        "<p>The negotiation model best reflects the principles of the SEND Code of Practice. It is also how the graduated approach is meant to work: the “assess, plan, do, review” cycle, done with parents, not to them.</p>",
                    ),
                    ("heading", "Why parents and professionals see things differently"),
                    (
                        "rich_text",
                        "<p>The roles are not the same. A parent’s role is compulsory and continuous. Nobody volunteers to be the parent of a child with SEND, and the role never stops. You chose your role, and you work with a family for a while. You have training and colleagues to talk to. Many parents have neither.</p>"
                        "<p>Principles from Together from the Start, 2003 guidance on working with families of young disabled children, still hold:</p>"
                        "<ul><li>respect each parent’s unique relationship with their child</li><li>value parents’ unique knowledge, and respect them as the main carer</li><li>give unbiased, accurate and up-to-date information so parents can make informed choices</li><li>recognise that every family is different</li><li>value parents as equal partners</li></ul>",
                    ),
                    (
                        "case_study",
                        {
                            "title": "Telling our story again, and again",
                            "summary": "A parent carer describes starting from the beginning with every new professional.",
                            "body": "<p>Over two years, a family had several social workers, a new speech therapist and a new plan co-ordinator. Each time, the mother started again from the beginning: the birth, the diagnoses, what works and what does not.</p>"
                            "<p>Each new person had to learn to trust her, and she had to learn to trust them. If she could change one thing, it would be fewer people, who stay.</p>",
                            "source": "A composite of several families’ experiences. Not one person’s story.",
                        },
                    ),
                    (
                        "key_points",
                        {
                            "heading": "Key points",
                            "points": [
                                "In the negotiation model, parents and professionals agree support together.",
                                "A parent’s role is compulsory and never stops. Yours is chosen and time-limited.",
                                "Share unbiased, accurate and up-to-date information.",
                                "Fewer hand-offs and the same staff over time help build trust.",
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "In your last planning meeting with a parent, who made the final decisions, and how?"
                        },
                    ),
                ],
            },
            {
                "slug": "structured-conversations",
                "title": "Parental engagement and structured conversations",
                "summary": "The evidence for parental engagement, the four stages of a structured conversation, and how to reach every family.",
                "estimated_minutes": 25,
                "body": [
                    (
                        "rich_text",
                        "<p>The evidence that parental engagement helps children learn is strong. A review of 97 studies for the Education Endowment Foundation found that parental engagement approaches add about four months’ progress over a year, on average. Gains were higher for pupils with low prior attainment.</p>"
                        "<p>Yet school staff often get little training in this. A review of SENCO (special educational needs co-ordinator) training found that working with parents was not a major theme. The SEND Code of Practice itself says that these discussions with parents involve “a considerable amount of skill”.</p>",
                    ),
                    ("heading", "The structured conversation"),
                    (
                        "rich_text",
                        "<p>The structured conversation is one tested way to talk with parents. It gives parents the chance to share what they know about their child and to agree and review outcomes with you. It has four stages:</p>"
                        "<ol><li>Explore: understand the child’s learning needs better, together.</li><li>Focus: agree the key issues.</li><li>Plan: set targets that are challenging but achievable.</li><li>Review: sum up the key points and agree the next steps.</li></ol>"
                        "<p>Give the conversation time, and hold it where the parent feels comfortable. In the Explore stage, listen more than you speak.</p>",
                    ),
                    (
                        "rich_text",
                        "<p>Families on low incomes, and parents whose own time at school was hard, can face greater barriers to taking part. Do not assume they care less or have lower hopes for their child. In 2021, 38.0% of pupils with an EHC plan (education, health and care plan) were eligible for free school meals, against 20.8% of all pupils. Plan engagement that works for every family: different times, different formats, and meeting parents on their own terms.</p>",
                    ),
                    (
                        "key_points",
                        {
                            "heading": "Key points",
                            "points": [
                                "Parental engagement adds about four months’ progress a year, on average.",
                                "Use the four stages: Explore, Focus, Plan, Review.",
                                "Do not assume families on low incomes have lower hopes for their child.",
                                "Meet parents on their own terms.",
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Which stages of the structured conversation do you already use, and which would you add?"
                        },
                    ),
                ],
            },
            {
                "slug": "preventing-disagreements",
                "title": "Preventing and resolving disagreements",
                "summary": "Why disputes are often a sign of wider problems, and practical ways to prevent them and talk honestly when they happen.",
                "estimated_minutes": 20,
                "body": [
                    (
                        "rich_text",
                        "<p>Disagreement is a normal part of working closely with parents. In the negotiation model, both sides lead at different times, so disagreement becomes more likely, not less. That is not a failure. What matters is how you handle it.</p>"
                        "<p>A 2022 research report on SEND disputes, called “Agreeing to Disagree”, reached a stark conclusion. It found that the SEND tribunal, which hears appeals, “is a symptom of wider issues, not a cause of wider issues”. The focus needs to be on preventing disputes, and good relationships are the key.</p>",
                    ),
                    ("heading", "What helps prevent disputes"),
                    (
                        "rich_text",
                        "<ul><li>Communicate clearly from the earliest stage.</li><li>Involve as few professionals as you can, and keep the same people where possible.</li><li>Be flexible. If a young person is not attending school, offer to meet the family somewhere familiar.</li><li>Be honest about what is and is not within your power to change.</li><li>Put the parent’s views and understanding at the heart of decisions.</li></ul>"
                        "<p>Parents can also get impartial support from their local SENDIASS (SEND information, advice and support service). An adviser can help a parent prepare, ask questions and take the first step in working with you. Tell families about it early, not only when things go wrong.</p>"
                        "<p>Sometimes you need a courageous conversation: telling a parent something hard, or hearing that you got something wrong. These conversations are difficult. When they go well, they build trust and make the next one easier.</p>",
                    ),
                    (
                        "case_study",
                        {
                            "title": "Meeting us where we are",
                            "summary": "A teenager’s anxiety made clinic appointments impossible, until a professional offered to meet the family at home.",
                            "body": "<p>A teenage boy had stopped going to school. His anxiety made clinic appointments impossible, and two were missed. His family worried that he would be discharged.</p>"
                            "<p>The new lead professional offered to meet at home, at a time that suited the family, and stayed involved throughout. His mother said it was the first time she felt someone was working with them, not just processing them.</p>",
                            "source": "A composite case study based on published accounts of flexible practice. Not one family’s story.",
                        },
                    ),
                    (
                        "key_points",
                        {
                            "heading": "Key points",
                            "points": [
                                "Disputes are often a sign of wider problems, so focus on prevention.",
                                "Clear, early communication and the same staff over time reduce conflict.",
                                "Be flexible about where and when you meet.",
                                "Tell families about SENDIASS early.",
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Think of a disagreement you have seen at work: what might have prevented it earlier?"
                        },
                    ),
                ],
            },
        ],
    },
    {
        "slug": "leading-co-production",
        "title": "Leading co-production in your area",
        "summary": "For leaders and managers. How to make strategic co-production real, choose models that fit, work with your parent carer forum and show the impact.",
        "learning_outcomes": [
            "Explain the difference between engagement with one family and strategic co-production.",
            "Compare the ladder of participation, the pyramid of participation and charter-based approaches.",
            "Plan work with your parent carer forum from the start.",
            "Identify measures that show whether co-production is changing services.",
        ],
        "audiences": ["manager"],
        "estimated_minutes": 80,
        "cpd_hours": "1.3",
        "co_trainers": ["rhian@parents.cotrain.example", "sam@parents.cotrain.example"],
        "private_to_co_trainers": False,
        "modules": [
            {
                "slug": "strategic-co-production",
                "title": "Strategic co-production: what leaders need to know",
                "summary": "The layers of co-production, the fundamentals any system needs, and the leader’s part in changing culture.",
                "estimated_minutes": 15,
                "body": [
                    (
                        "rich_text",
                        "<p>Co-production has no single agreed definition. One writer suggests keeping the term “parental engagement” for work with one family, for example through the graduated approach or an EHC plan (education, health and care plan). “Co-production” would then describe strategic work, such as the Local Offer, joint commissioning and developing services.</p>"
                        "<p>Others describe three layers: individual co-production with a family, strategic co-production about how a service responds, and joint working with organisations and system leaders. Whatever words you use locally, agree them and explain them.</p>",
                    ),
                    ("heading", "The fundamentals"),
                    (
                        "rich_text",
                        "<p>A regional parent carer forum leader sets out some fundamentals for any system that wants to co-produce:</p>"
                        "<ul><li>Information is key. An accurate, ambitious Local Offer tells everyone what is and is not happening.</li><li>Act as a system. Families do not need to know which department pays. They need the parts to work together.</li><li>Be ready to hear answers you do not like.</li><li>Offer variety. No single way of taking part works for everyone.</li><li>Start with honest, open talk about what you want to achieve and what is within your gift.</li></ul>"
                        "<p>Honesty matters most at the start. If you promise a video call, a change to a commissioning cycle or a senior person in the room, and then cannot deliver, people feel let down and conflict follows.</p>",
                    ),
                    (
                        "rich_text",
                        "<p>Accountability frameworks can set the system and parents against each other. As a leader, you can set a different tone. SEND is everybody’s business, not only the business of the parents who live it every day. Take responsibility for making participation work where you have control. That is where culture change happens.</p>",
                    ),
                    (
                        "key_points",
                        {
                            "heading": "Key points",
                            "points": [
                                "Agree locally what you mean by engagement and co-production.",
                                "Give everyone the same, full information.",
                                "Be honest from the start about what you can and cannot change.",
                                "Act as one system, so families do not carry the gaps.",
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Where in your service are decisions made before parents are involved?"
                        },
                    ),
                ],
            },
            {
                "slug": "models-ladder-pyramid-charter",
                "title": "Models: the ladder, the pyramid and the charter",
                "summary": "Three models of participation, what each is good for, and the difference between involvement and real change.",
                "estimated_minutes": 20,
                "body": [
                    (
                        "rich_text",
                        "<p>Models can help you see where you are and where you want to go. Three come up often in SEND.</p>"
                        "<p>Arnstein’s ladder of participation (1969) grew out of work on designing cities with their communities. Its rungs run from non-participation, such as simply informing people, through consultation, up to citizen control. Co-production sits near the top. The ladder has limits. Real involvement is more like a messy web than a neat climb, and no one approach fits everyone.</p>",
                    ),
                    ("heading", "The pyramid and the charter"),
                    (
                        "rich_text",
                        "<p>One London council learned this the hard way. At first it tried to get every parent co-producing everything, quickly. Parents told it that not everyone wanted to, or had the time. The ladder would topple if everyone rushed for the top rung.</p>"
                        "<p>So the council built a pyramid of participation. It has many levels, and none of them is wrong. At one level, an online parents’ group answers quick consultations and checks Local Offer pages, giving a “parent approved” badge to pages it is happy with. At another, a group co-chaired by parents meets through the year to plan services. Parents can move up and down as their lives change.</p>"
                        "<p>Charter-based approaches, such as the Rotherham Charter (also called Genuine Partnerships), offer a set of principles and a self-evaluation tool. The key point is that they are not one size fits all. You adapt them to your local community.</p>",
                    ),
                    (
                        "rich_text",
                        "<p>Be careful with the word “involvement”. Some health involvement strategies help people feel heard but do not always lead to services changing. Co-production means services change as a result.</p>",
                    ),
                    (
                        "key_points",
                        {
                            "heading": "Key points",
                            "points": [
                                "The ladder is useful, but not everyone wants or needs the top rung.",
                                "Offer many ways to take part, and let parents move between them.",
                                "Adapt any charter or model to your local community.",
                                "Check that involvement leads to real change in services.",
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Which levels of participation does your service offer now, and which families might be missing?"
                        },
                    ),
                ],
            },
            {
                "slug": "working-with-your-forum",
                "title": "Working with your parent carer forum",
                "summary": "What a parent carer forum is, signs that a partnership needs work, and how to involve the forum from the start.",
                "estimated_minutes": 20,
                "body": [
                    (
                        "rich_text",
                        "<p>The SEND Code of Practice describes parent carer forums as “representative local groups of parents and carers of children and young people with disabilities”. It actively encourages councils to work with them. Forums also helped to write the Code itself.</p>"
                        "<p>A forum is a representative model of co-production. It gathers what many families say and makes sense of it for the system. That is different from one parent sharing their own lived experience. You need both.</p>",
                    ),
                    ("heading", "Signs the partnership needs work"),
                    (
                        "rich_text",
                        "<ul><li>Few parents have heard of the forum.</li><li>Its members do not reflect the range of local families.</li><li>It lacks the capacity or influence to co-produce with professionals.</li><li>Families give views but see little action or follow-up.</li><li>There is no formal route for parents to take part at all.</li></ul>"
                        "<p>Each of these signs appears in published inspections and reviews. In one review, 63% of parent carers who answered a survey did not feel at all involved in shaping local services. Treat these signs as a shared problem to solve, not a reason to go around the forum. Forums need funding, and parent representatives need training and support, to do this work.</p>",
                    ),
                    (
                        "case_study",
                        {
                            "title": "The consultation nobody asked us about",
                            "summary": "After a disappointing inspection, a council sent out a consultation. The parent carer forum heard about it from worried parents.",
                            "body": "<p>After a disappointing local area inspection, a council sent out a consultation on a new proposal. The parent carer forum had not been involved. It found out when worried parents started contacting it with questions it could not answer.</p>"
                            "<p>The forum chair wrote to the council. The chair recognised that officers had been very busy since the inspection. They explained that, if involved from the start, the forum could have said which questions parents would ask, helped write key messages, advised on timing and helped run face-to-face meetings. The chair accepted the inspection’s findings about the forum, asked to meet, and hoped the improvement plan would include building trust.</p>",
                            "source": "Based on a parent carer forum’s published letter to its council. Retold in our own words. The council and the proposal are not named.",
                        },
                    ),
                    (
                        "key_points",
                        {
                            "heading": "Key points",
                            "points": [
                                "Involve the forum before a consultation goes out, not after.",
                                "A forum can tell you the questions parents will ask.",
                                "Help the forum reach and reflect all local families.",
                                "Fund and support the forum so it can co-produce.",
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "What is the next piece of work in your service that your forum should help shape from the start?"
                        },
                    ),
                ],
            },
            {
                "slug": "inspection-and-impact",
                "title": "Inspection, Written Statements of Action and measuring impact",
                "summary": "What inspectors look for in co-production, why trust-building belongs in improvement plans, and how to measure impact.",
                "estimated_minutes": 25,
                "body": [
                    (
                        "rich_text",
                        "<p>Local area SEND inspections look closely at co-production. Ofsted has said that in the best areas, children and families will tell inspectors that they are influential in decision-making. That is a useful test for your own area: would families say that?</p>"
                        "<p>After one disappointing inspection, a forum chair wrote to the council about the Written Statement of Action it was about to prepare. The chair expected it to include “a strand on co-production/trust building”. Trust needs building at two levels: with individual families, and with the forum as a strategic partner.</p>",
                    ),
                    ("heading", "Measuring what matters"),
                    (
                        "rich_text",
                        "<p>There is no single agreed framework to check the quality of co-production. So you need clear methods, mechanisms and measures of your own. If you cannot measure it, it is hard to show that it is real.</p>"
                        "<ul><li>Start with a baseline. Self-assessment tools, such as one developed by Contact (the Department for Education’s delivery partner for parent participation) or the Rotherham Charter’s self-evaluation tool, help you see where you are.</li><li>Use both numbers and stories: how many families take part, and what changed because of them.</li><li>Feed what you learn into your JSNA (joint strategic needs assessment), so it informs commissioning.</li><li>Invite neighbouring areas to challenge the quality of your co-production.</li><li>Resource it: fund your forum and the structures that keep co-production going.</li></ul>",
                    ),
                    (
                        "rich_text",
                        "<p>One independent review of a council’s participation said change must be led from the top. It called for investment in a new parent carer forum, training for all staff co-delivered by parents, participation built into staff work plans, and sharing the impact of participation with families. These steps can form the backbone of your own plan.</p>",
                    ),
                    (
                        "key_points",
                        {
                            "heading": "Key points",
                            "points": [
                                "Inspectors look for families who feel influential in decisions.",
                                "Build trust-building into any improvement plan.",
                                "Set a baseline with a self-assessment tool.",
                                "Measure with numbers and stories, and feed results into the JSNA.",
                                "Show families the impact of their input.",
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Which one measure would best show families in your area that their input changed something?"
                        },
                    ),
                ],
            },
        ],
    },
    {
        "slug": "sharing-your-story",
        "title": "Sharing your story: for parent co-trainers",
        "summary": "For parent carers who share their experience on Cotrain. What to share, how to keep your family anonymous, how consent works and how to look after yourself.",
        "learning_outcomes": [
            "Decide what to share about your family’s experience, and what to keep private.",
            "Remove details that could identify your child or your family.",
            "Explain how consent works on Cotrain, including how to withdraw it.",
            "Plan how to look after yourself when you go back over hard experiences.",
        ],
        "audiences": [],
        "estimated_minutes": 40,
        "cpd_hours": "0.7",
        "co_trainers": ["nadia@parents.cotrain.example"],
        "private_to_co_trainers": True,
        "modules": [
            {
                "slug": "deciding-what-to-share",
                "title": "Deciding what to share",
                "summary": "Why your experience matters, and some questions to help you choose what to share and what to keep private.",
                "estimated_minutes": 10,
                "body": [
                    (
                        "rich_text",
                        "<p>Your experience matters. Staff learn from it in a way they cannot learn from guidance alone. You are not here just to illustrate a point. You are helping to shape how services treat the next family.</p>"
                        "<p>Your story is your own lived experience. It is one family’s experience, and that is its strength. You do not need to speak for every parent, and you do not need to tell everything.</p>",
                    ),
                    ("heading", "Questions to help you choose"),
                    (
                        "rich_text",
                        "<ul><li>What happened? Pick one moment or one stretch of time.</li><li>What was the impact on you and your child?</li><li>What would have helped?</li><li>What do you want staff to do differently after hearing it?</li></ul>"
                        "<p>Focus on what happened and what would have helped, not on blaming one worker. Staff learn more when they can see themselves in the story. You can still be honest about how it felt. Anger, worry and frustration are part of the story. You do not need to make them sound calm or professional.</p>",
                    ),
                    (
                        "rich_text",
                        "<p>Think about your child too. Your story is also about them. If your child is old enough, you might talk with them about it. Leave out anything you would not want them to read in the future.</p>",
                    ),
                    (
                        "key_points",
                        {
                            "heading": "Key points",
                            "points": [
                                "Your story is one family’s lived experience, and that is enough.",
                                "You choose what to share. You do not have to share everything.",
                                "Focus on what happened, the impact and what would have helped.",
                                "Think about how your child would feel reading it.",
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "What is the one thing you most want staff to take away from your story?"
                        },
                    ),
                ],
            },
            {
                "slug": "keeping-your-family-anonymous",
                "title": "Keeping your family anonymous",
                "summary": "Which details can point to your family, and how to change them while keeping what matters for learning.",
                "estimated_minutes": 10,
                "body": [
                    (
                        "rich_text",
                        "<p>Before your story is shared, it should be anonymous. Nobody reading it should be able to tell that it is about your family. That protects your child, and it means you do not have to worry about how people who know you might react.</p>"
                        "<p>Taking out names is only the first step. In a small area, a few details together can point to one family, even without a name.</p>",
                    ),
                    ("heading", "What to remove or change"),
                    (
                        "rich_text",
                        "<ul><li>names of your child, family members, friends and staff</li><li>your town, and the name of a school, nursery, hospital or team</li><li>exact dates and ages (say “when my son was small” or “at primary school”)</li><li>rare diagnoses, or a rare mix of needs (describe needs in general terms instead)</li><li>unusual events that people locally might remember</li></ul>"
                        "<p>Read your story as if you were a neighbour, a teacher at your child’s school or a worker in your council. Could they guess who it is? If so, change another detail.</p>"
                        "<p>Some parents write a composite instead: a story that blends experiences from several families. A composite should be labelled as one, so learners know.</p>",
                    ),
                    (
                        "case_study",
                        {
                            "title": "One sentence, before and after",
                            "summary": "How a parent carer rewrote one sentence so that it no longer pointed to her family.",
                            "body": "<p>First draft: “When my son was four and a half, and the only autistic boy with a hearing impairment at his village school, the head teacher refused to let him go on the class trip.”</p>"
                            "<p>Rewrite: “When my son was at primary school, he was told he could not go on a school trip.” The rewrite keeps what matters for learning. It removes his exact age, his mix of needs, the type of school and the member of staff.</p>",
                            "source": "An invented example for this course.",
                        },
                    ),
                    (
                        "key_points",
                        {
                            "heading": "Key points",
                            "points": [
                                "Removing names is only the first step.",
                                "Take out places, exact dates and ages, and rare diagnoses.",
                                "Check whether someone local could guess who it is.",
                                "A composite story can protect everyone.",
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Which detail in your own story would be easiest for someone local to recognise?"
                        },
                    ),
                ],
            },
            {
                "slug": "how-consent-works",
                "title": "How consent works on Cotrain",
                "summary": "The choices you make when you give consent, how to withdraw it, and what withdrawing can and cannot do.",
                "estimated_minutes": 10,
                "body": [
                    (
                        "rich_text",
                        "<p>Your story is yours. It is not shared unless you agree, and you stay in control of how it is used.</p>"
                        "<p>When you give consent, you choose:</p>"
                        "<ul><li>the scope: how and where your story can be used</li><li>which councils can show it to their staff, for example all councils, or all except your own</li><li>an expiry or review date, when we will check with you again</li></ul>"
                        "<p>Take your time before you decide. You can talk it over with someone you trust, such as another parent co-trainer. There is no deadline, and nobody should press you.</p>",
                    ),
                    ("heading", "Changing your mind"),
                    (
                        "rich_text",
                        "<p>You can withdraw your consent at any time. When you withdraw, your story is removed from all future views. From that point, learners on Cotrain can no longer read it.</p>"
                        "<p>We want to be honest about one limit. People who have already read your story cannot unlearn it. Withdrawing stops anyone new from reading it, but it cannot take it back from memory.</p>",
                    ),
                    (
                        "rich_text",
                        "<p>Saying no, or withdrawing later, never affects any service you or your child receive. That includes services from the council where you live. It is always fine to say no. If you ever feel pressed to take part, tell the co-trainer who leads this course.</p>",
                    ),
                    (
                        "key_points",
                        {
                            "heading": "Key points",
                            "points": [
                                "You choose the scope, which councils, and an expiry or review date.",
                                "You can withdraw your consent at any time.",
                                "Withdrawing removes your story from all future views.",
                                "People who have already read it cannot unlearn it.",
                                "Saying no never affects any service you receive.",
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "What would help you feel confident about saying yes, or no, to sharing your story?"
                        },
                    ),
                ],
            },
            {
                "slug": "looking-after-yourself",
                "title": "Looking after yourself",
                "summary": "Why sharing can bring back strong feelings, and simple ways to look after yourself before, during and after.",
                "estimated_minutes": 10,
                "body": [
                    (
                        "rich_text",
                        "<p>Telling your story can bring back strong feelings. That is normal. Many parent carers have felt sidelined, powerless, isolated, angry and exhausted at times. Going back over those moments takes energy.</p>"
                        "<p>Sharing is never urgent. You can go at your own pace, take a break or stop. You can come back to it later, when things are calmer at home.</p>",
                    ),
                    ("heading", "Before, during and after"),
                    (
                        "rich_text",
                        "<ul><li>Before: choose a time when you have space afterwards, and tell someone you trust what you are doing.</li><li>During: take breaks, and skip any part that feels too much today.</li><li>After: do something that helps you feel steady, and notice how you feel over the next few days.</li></ul>"
                        "<p>You do not have to do this alone. Your parent carer forum and other parent co-trainers can be a good source of support. If you co-deliver a session, agree beforehand what you will and will not talk about. You can ask your co-trainer to step in if you need a pause.</p>",
                    ),
                    (
                        "rich_text",
                        "<p>Some parent carers find that telling their story helps. Others find it harder than they expected. Both are normal, and it is fine to change your mind. If going back over your story brings up more than you expected, stop and talk to someone you trust. Your story can wait until you are ready, or it can stay untold.</p>",
                    ),
                    (
                        "key_points",
                        {
                            "heading": "Key points",
                            "points": [
                                "Strong feelings are normal when you go back over hard experiences.",
                                "Sharing is never urgent. You set the pace.",
                                "Plan support for before, during and after.",
                                "You can pause or stop at any time.",
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {"prompt": "What helps you feel steady after a difficult day?"},
                    ),
                ],
            },
        ],
    },
]

COURSES_CY = {
    "working-with-parent-carers": {
        "slug": "working-with-parent-carers",
        "title": "Gweithio gyda rhieni-ofalwyr: y sylfeini",
        "summary": "Y pethau sylfaenol sydd eu hangen ar bob gweithiwr rheng flaen i weithio’n dda gyda rhieni-ofalwyr plant anabl. Mae’n ymdrin â’r gyfraith, beio, cyd-gynhyrchu, cyfathrebu clir a’r plentyn cyfan.",
        "learning_outcomes": [
            "Esbonio beth mae Deddf Plant a Theuluoedd 2014 a Chod Ymarfer SEND yn ei ddisgwyl pan fyddwch chi’n gweithio gyda theuluoedd.",
            "Adnabod beio rhieni-ofalwyr a defnyddio iaith nad yw’n beio rhieni na phlant.",
            "Disgrifio beth yw ystyr cyd-gynhyrchu a sut mae’n wahanol i roi gwybod i deuluoedd neu ymgynghori â nhw.",
            "Cyfathrebu mewn iaith glir ac mewn ffyrdd sy’n cyrraedd pob teulu.",
            "Ymateb i’r baich emosiynol ar deuluoedd a meddwl am y plentyn cyfan, nid am un gwasanaeth ar y tro.",
        ],
        "audiences": [],
        "estimated_minutes": 90,
        "cpd_hours": "1.5",
        "co_trainers": ["nadia@parents.cotrain.example", "rhian@parents.cotrain.example"],
        "private_to_co_trainers": False,
        "modules": [
            {
                "slug": "the-law-in-brief",
                "title": "Y gyfraith yn gryno",
                "summary": "Beth mae Deddf Plant a Theuluoedd 2014 a Chod Ymarfer SEND yn ei ddweud am gynnwys plant, pobl ifanc a rhieni.",
                "estimated_minutes": 15,
                "body": [
                    (
                        "rich_text",
                        "<p>Mae dwy ddogfen yn llywio sut rydych chi’n gweithio gyda theuluoedd plant â SEND (anghenion addysgol arbennig ac anableddau) yn Lloegr. Y gyntaf yw Rhan 4 o Ddeddf Plant a Theuluoedd 2014. Yr ail yw Cod Ymarfer SEND. Dyma’r canllawiau statudol sy’n mynd gyda’r Ddeddf. Mae’r Cod yn ymdrin â phlant a phobl ifanc o enedigaeth hyd at 25 oed.</p>"
                        "<p>Daeth y Ddeddf a’r Cod i rym ar 1 Medi 2014. Cafodd y fersiwn o’r Cod sy’n cael ei defnyddio heddiw ei chyhoeddi yn 2015. Mae adran 19 o’r Ddeddf yn nodi’r egwyddorion sydd y tu ôl i’r gyfraith. Maen nhw’n cynnwys plant, eu rhieni a phobl ifanc yn cymryd rhan mewn penderfyniadau, a chael mwy o ddewis a rheolaeth dros gymorth.</p>",
                    ),
                    ("heading", "Beth mae’r Cod yn ei ofyn gan gynghorau"),
                    (
                        "rich_text",
                        "<p>Mae paragraff 1.3 o’r Cod yn fyr ac yn glir. Mae’n dweud bod “rhaid i awdurdodau lleol sicrhau bod plant, eu rhieni a phobl ifanc yn cymryd rhan mewn trafodaethau a phenderfyniadau am eu cymorth unigol ac am ddarpariaeth leol”.</p>"
                        "<p>Felly mae dwy ran i’r ddyletswydd. Mae’r naill yn ymwneud â’r plentyn unigol: ei asesiad, ei gynllun EHC (cynllun addysg, iechyd a gofal) a’r cymorth y mae’n ei gael. Mae’r llall yn ymwneud â gwasanaethau lleol: sut maen nhw’n cael eu cynllunio, eu darparu a’u hadolygu.</p>"
                        "<p>Mae’r Cod hefyd yn disgrifio pryd mae cyfranogiad yn gweithio’n dda. Yn fyr, mae’n:</p>"
                        "<ul><li>cael ei gydnabod, ei werthfawrogi, ei gynllunio a’i ariannu, er enghraifft drwy dâl teg a hyfforddiant</li><li>rhan o bob cam wrth gynllunio, darparu a gwirio gwasanaethau</li><li>glir am rolau plant, pobl ifanc a rhieni</li><li>cael ei gefnogi gan adborth cryf, fel bod teuluoedd yn gallu gweld y gwahaniaeth a wnaethon nhw</li></ul>",
                    ),
                    (
                        "rich_text",
                        "<p>Dydy cyfraith ar bapur ddim yn newid profiad teulu ar ei phen ei hun. Pan oedd y diwygiadau’n cael eu llunio, dywedodd Edward Timpson, a oedd yn AS (Aelod Seneddol) ar y pryd, nad yw newid yn y gyfraith yn ddigon, a bod rhaid iddo fynd law yn llaw â newid mewn diwylliant. Mae’r newid hwnnw’n digwydd yn eich gwaith bob dydd: yn yr alwad ffôn, yn y cyfarfod ac yn y llythyr.</p>",
                    ),
                    (
                        "key_points",
                        {
                            "heading": "Pwyntiau allweddol",
                            "points": [
                                "Daeth Deddf Plant a Theuluoedd 2014 a Chod Ymarfer SEND i rym ar 1 Medi 2014.",
                                "Mae paragraff 1.3 yn ymdrin â phenderfyniadau am gymorth unigol ac am wasanaethau lleol.",
                                "Mae cyfranogiad da wedi’i gynllunio a’i ariannu, mae’n glir am rolau, ac mae adborth yn ei gefnogi.",
                                "Dim ond os bydd y diwylliant yn newid hefyd y bydd y gyfraith yn gweithio.",
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Ble yn eich gwaith chi mae rhieni’n cymryd rhan mewn penderfyniadau am wasanaethau lleol, nid am eu plentyn eu hunain yn unig?"
                        },
                    ),
                ],
            },
            {
                "slug": "parent-carer-blame",
                "title": "Beio rhieni-ofalwyr: ei adnabod a gweithio hebddo",
                "summary": "Sut mae beio a stereoteipiau i’w gweld mewn ymarfer bob dydd, a sut i weithio gyda rhieni hebddyn nhw.",
                "estimated_minutes": 20,
                "body": [
                    (
                        "rich_text",
                        "<p>Enw un adroddiad ymchwil o 2021 ar brofiadau rhieni-ofalwyr o Wasanaethau Plant yw “Institutionalising Parent Carer Blame” (gwneud beio rhieni-ofalwyr yn rhan o’r drefn). Mae’r teitl yn enwi rhywbeth y mae llawer o deuluoedd yn ei adnabod yn dda. Galwodd yr adroddiad am newid mewn canllawiau cenedlaethol. Galwodd hefyd am newid “ar y ffas lo”: y man lle mae rhieni’n delio gyntaf â swyddogion mewn Gwasanaethau Plant.</p>"
                        "<p>Dydy beio ddim yn beth newydd. Roedd Cod Ymarfer SEN 1994 eisoes yn rhybuddio y gallai rhieni deimlo eu bod yn cael eu beio am anawsterau eu plentyn. Mae rhieni-ofalwyr yn dal i ddisgrifio cael eu gweld fel rhan o’r broblem, neu gael eu labelu’n “anodd” pan fyddan nhw’n anghytuno â phenderfyniad.</p>",
                    ),
                    ("heading", "Sut mae beio i’w weld"),
                    (
                        "rich_text",
                        "<p>Anaml y mae beio’n waith un person. Mae’n tyfu mewn systemau prysur o dan bwysau, a gall lithro i arferion bob dydd. Byddwch yn effro i:</p>"
                        "<ul><li>nodiadau achos sy’n disgrifio rhiant fel un sy’n “mynnu gormod” neu’n “bryderus” yn lle dweud beth ofynnodd amdano a pham</li><li>trin her gan riant fel problem i’w rheoli, nid fel gwybodaeth am angen sydd heb ei ddiwallu</li><li>rhannu rhieni’n ddau stereoteip: y rhiant gwthiol, cefnog neu’r rhiant difater</li><li>tybio bod gan deuluoedd ar incwm isel lai o obeithion i’w plant</li></ul>"
                        "<p>Mae hanes eiriolaeth rhieni yn pwyntio i’r cyfeiriad arall. Yn aml, mae rhieni’n codi llais am nad yw gwasanaethau wedi diwallu anghenion eu plentyn, nid er mwyn cael mantais dros deuluoedd eraill. Pan fydd rhiant yn eich herio, gofynnwch pa angen sydd y tu ôl i hynny.</p>",
                    ),
                    (
                        "case_study",
                        {
                            "title": "“Rhowch y gorau i geisio ffitio fy mab i mewn i un o’ch bocsys”",
                            "summary": "Mae rheolwr mewn cyngor yn cofio’r foment pan heriodd mam y gwasanaeth, a sut newidiodd hynny’r ffordd roedd y gwasanaeth yn gweithio.",
                            "body": "<p>Flynyddoedd yn ôl, roedd mam yn eistedd gyferbyn â rheolwr mewn cyngor. Roedd ei mab yn bedair oed ac roedd ganddo anableddau cymhleth. Edrychodd i fyw llygad y rheolwr a dweud wrth y rheolwr am roi’r gorau i geisio ffitio ei mab i mewn i un o focsys y gwasanaeth.</p>"
                            "<p>Byddai wedi bod yn hawdd ei gweld hi fel rhiant anodd. Yn lle hynny, gwelodd y rheolwr ei bod hi’n iawn. Roedd rhaid adeiladu’r cymorth o gwmpas y plentyn, nid y ffordd arall, ac roedd y fam yn gwybod orau beth oedd ei angen ar ei mab. Erbyn hyn, mae’r rheolwr yn gweld rhieni fel hi fel arloeswyr a wnaeth y gwasanaeth yn well.</p>",
                            "source": "Yn seiliedig ar fyfyrdod cyhoeddedig gan reolwr mewn cyngor. Wedi’i ailadrodd yn ein geiriau ein hunain, heb rai manylion.",
                        },
                    ),
                    (
                        "key_points",
                        {
                            "heading": "Pwyntiau allweddol",
                            "points": [
                                "Mae beio’n aml yn perthyn i systemau ac arferion, nid i un person.",
                                "Mae rhiant sy’n eich herio fel arfer yn dweud wrthych chi am angen sydd heb ei ddiwallu.",
                                "Osgowch stereoteipiau am rieni, fel “gwthiol” neu “difater”.",
                                "Ysgrifennwch nodiadau sy’n dweud beth gafodd ei ofyn a pham, heb labeli.",
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Meddyliwch am nodyn neu e-bost diweddar a ysgrifennoch chi am riant: sut byddai’n darllen i’r rhiant hwnnw?"
                        },
                    ),
                ],
            },
            {
                "slug": "what-co-production-means",
                "title": "Beth yw ystyr cyd-gynhyrchu (a beth nad yw)",
                "summary": "Diffiniad gwaith o gyd-gynhyrchu, beth nad yw, a’r gwahanol lefelau y gall teuluoedd gymryd rhan ynddyn nhw.",
                "estimated_minutes": 20,
                "body": [
                    (
                        "rich_text",
                        "<p>Mae cyd-gynhyrchu yn air y byddwch chi’n ei glywed yn aml. Does dim un diffiniad y mae pawb yn cytuno arno. Dim ond unwaith mae Cod Ymarfer SEND yn sôn amdano, wrth drafod y Cynnig Lleol: yr wybodaeth y mae cyngor yn ei chyhoeddi am y gwasanaethau y gall teuluoedd eu disgwyl.</p>"
                        "<p>Mae diffiniad a ddefnyddir mewn llythyrau arolygu SEND ardal leol yn fan cychwyn da. Mae’n disgrifio cyd-gynhyrchu fel “ffordd o weithio lle mae plant a phobl ifanc, teuluoedd a’r rhai sy’n darparu’r gwasanaethau yn gweithio gyda’i gilydd i greu penderfyniad neu wasanaeth sy’n gweithio i bob un ohonyn nhw”.</p>",
                    ),
                    ("heading", "Beth nad yw cyd-gynhyrchu"),
                    (
                        "rich_text",
                        "<p>Mae cyd-gynhyrchu yn golygu dechrau gyda’n gilydd, ar y dechrau, cyn i benderfyniadau gael eu gwneud. Nid yw’n golygu:</p>"
                        "<ul><li>dweud wrth deuluoedd am benderfyniad ar ôl iddo gael ei wneud</li><li>gofyn am farn a byth adrodd yn ôl</li><li>gwahodd un rhiant i gyfarfod er mwyn ticio blwch</li><li>defnyddio stori teulu dim ond i ddarlunio pwynt</li></ul>"
                        "<p>Fel y dywedodd un rhiant-ofalwr yn syml: “nid yw’n hawdd, ac yn bendant nid yw’n hwyl bob amser, ond mae’n hanfodol”.</p>",
                    ),
                    (
                        "rich_text",
                        "<p>Mae’n help meddwl mewn lefelau. Gydag un teulu, rydych chi’n cydweithio ar y cymorth i un plentyn. Mae rhai awduron yn galw hyn yn ymgysylltu â rhieni. Gyda thîm neu wasanaeth, mae rhieni’n helpu i lunio sut mae’n gweithio. Ar draws y system gyfan, mae rhieni-ofalwyr, yn aml drwy fforwm rhieni-ofalwyr, yn helpu i gynllunio ac adolygu gwasanaethau lleol. Nid yw pob rhiant eisiau cymryd rhan ar bob lefel, ac mae hynny’n iawn. Ond mae pob rhiant yn haeddu cael ei gymryd o ddifrif am ei blentyn ei hun.</p>",
                    ),
                    (
                        "case_study",
                        {
                            "title": "“Roedd rhaid i ni frwydro am bopeth”",
                            "summary": "Mae rhiant-ofalwr yn disgrifio rhoi ei farn a byth clywed beth ddigwyddodd, a’r un gweithiwr a wnaeth wahaniaeth.",
                            "body": "<p>Mae rhiant-ofalwr yn disgrifio cael cymorth i’w mab fel brwydr gyson. Roedd hi’n anodd dod o hyd i wybodaeth, ac yn anodd ei deall. Roedd staff yn newid yn aml. Aeth i ddau gyfarfod rhieni a rhoi ei farn, ond ni chlywodd erioed beth ddigwyddodd iddi. Felly rhoddodd y gorau i fynd.</p>"
                            "<p>Yr hyn a wnaeth y gwahaniaeth oedd un gweithiwr a wrandawodd ac a driniodd yr hyn roedd y rhiant yn ei wybod am y bachgen fel gwybodaeth go iawn. Newidiodd yr un person hwnnw sut roedd y gwasanaeth cyfan yn teimlo.</p>",
                            "source": "Stori gyfansawdd o themâu yn hanesion sawl rhiant-ofalwr. Nid stori un person.",
                        },
                    ),
                    (
                        "key_points",
                        {
                            "heading": "Pwyntiau allweddol",
                            "points": [
                                "Mae cyd-gynhyrchu yn golygu cydweithio o’r dechrau, nid ar ôl i benderfyniadau gael eu gwneud.",
                                "Dywedwch wrth deuluoedd bob amser beth ddigwyddodd i’w barn.",
                                "Nid yw pob rhiant eisiau cyd-gynhyrchu gwasanaethau, ond dylai pob rhiant gael ei glywed am ei blentyn ei hun.",
                                "Byddwch yn onest am yr hyn sydd o fewn eich gallu i’w newid, a’r hyn nad yw.",
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Pryd wnaethoch chi ddweud wrth deulu ddiwethaf beth newidiodd o ganlyniad i rywbeth a ddywedon nhw wrthych chi?"
                        },
                    ),
                ],
            },
            {
                "slug": "clear-communication",
                "title": "Cyfathrebu clir sy’n cyrraedd pob teulu",
                "summary": "Sut i ddefnyddio iaith glir, pam nad yw llythyrau ar eu pen eu hunain yn ddigon, a ffyrdd syml o gyrraedd pob teulu.",
                "estimated_minutes": 15,
                "body": [
                    (
                        "rich_text",
                        "<p>Gall y geiriau rydych chi’n eu defnyddio helpu teulu neu eu cau allan. Gall iaith broffesiynol fod yn rhwystr enfawr i rieni, ac weithiau i bawb yn yr ystafell. Pan wnaeth un cyngor gynnwys rhieni yn ei ddiwygiadau SEND, roedd rhaid i’r staff atgoffa eu hunain i osgoi jargon mewn cyfarfodydd a defnyddio Saesneg clir. Gwelon nhw fod hyn yn dda i bawb, nid i rieni yn unig.</p>"
                        "<p>Mae iaith glir yn golygu brawddegau byr, geiriau bob dydd ac esbonio unrhyw derm mae’n rhaid i chi ei ddefnyddio. Ysgrifennwch “cynllun addysg, iechyd a gofal” cyn i chi ysgrifennu “cynllun EHC”. Dywedwch beth fydd yn digwydd nesaf, pwy fydd yn ei wneud a phryd.</p>",
                    ),
                    ("heading", "Peidiwch â dibynnu ar lythyrau yn unig"),
                    (
                        "rich_text",
                        "<p>Mae gan rai rhieni eu hanghenion dysgu eu hunain. Mae rhai yn dal i ddysgu Saesneg. Mae rhai wedi cael profiadau gwael gyda gwasanaethau o’r blaen. Efallai na fydd llythyr ar ei ben ei hun yn eu cyrraedd. Mae rhai plant wedi cael eu tynnu oddi ar restrau aros iechyd am nad oedd rhiant wedi deall llythyr.</p>"
                        "<p>Defnyddiwch fwy nag un ffordd o gyrraedd teuluoedd:</p>"
                        "<ul><li>ffoniwch neu siaradwch wyneb yn wyneb, yn ogystal ag ysgrifennu</li><li>cynigiwch gyfieithydd ar y pryd neu fersiwn hawdd ei darllen lle bo hynny’n helpu</li><li>gwiriwch fod y rhiant wedi deall, heb wneud iddo deimlo ei fod yn cael ei brofi</li><li>gadewch i bobl anfon eu barn drwy e-bost neu ateb un cwestiwn byr os na allan nhw ddod i gyfarfodydd</li></ul>",
                    ),
                    (
                        "case_study",
                        {
                            "title": "Y llythyr nad oedd hi’n gallu ei ddarllen",
                            "summary": "Collodd mam apwyntiad iechyd i’w phlentyn am mai llythyr nad oedd hi’n gallu ei ddeall oedd yr unig gyswllt.",
                            "body": "<p>Mae gan fam ei hanghenion dysgu ei hun, ac nid Saesneg yw ei hiaith gyntaf. Cafodd lythyr yn cynnig apwyntiad iechyd i’w phlentyn. Doedd hi ddim yn gallu ei ddeall, ac ni atebodd. Cafodd ei phlentyn ei dynnu oddi ar y rhestr aros.</p>"
                            "<p>Fisoedd yn ddiweddarach, helpodd gweithiwr cynghori o’r SENDIASS lleol (gwasanaeth gwybodaeth, cyngor a chymorth SEND) hi i ddeall beth oedd wedi digwydd, a threfnu bod yr atgyfeiriad yn ailddechrau. Doedd neb wedi ei ffonio hi. Y llythyr oedd yr unig gyswllt.</p>",
                            "source": "Stori gyfansawdd yn seiliedig ar batrwm a nodwyd gan wasanaeth cynghori. Nid stori un teulu.",
                        },
                    ),
                    (
                        "key_points",
                        {
                            "heading": "Pwyntiau allweddol",
                            "points": [
                                "Mae iaith glir yn helpu pawb, nid rhieni yn unig.",
                                "Esboniwch bob term y tro cyntaf rydych chi’n ei ddefnyddio.",
                                "Peidiwch byth â dibynnu ar lythyr yn unig ar gyfer rhywbeth pwysig.",
                                "Gwiriwch ddealltwriaeth yn garedig, a chynigiwch fformatau eraill.",
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Pa ddarn o jargon rydych chi’n ei ddefnyddio amlaf, a sut gallech chi ei ddweud mewn iaith glir?"
                        },
                    ),
                ],
            },
            {
                "slug": "emotion-and-the-whole-child",
                "title": "Profiad bywyd: emosiwn a’r plentyn cyfan",
                "summary": "Y baich emosiynol ac ymarferol ar rieni-ofalwyr, gwneud penderfyniadau ar adegau anodd, a pham nad yw’r plentyn yn anabl mewn darnau.",
                "estimated_minutes": 20,
                "body": [
                    (
                        "rich_text",
                        "<p>Mae magu plentyn anabl yn dod ag ystod eang o deimladau, gan gynnwys rhwystredigaeth, dicter, euogrwydd a diymadferthedd. Mae’r teimladau hyn yn naturiol. Roedd Codau Ymarfer cynharach yn sôn am deimladau rhieni. Ychydig mae’r Cod presennol yn ei ddweud amdanyn nhw, ac mae’n defnyddio iaith sy’n debycach i iaith busnes.</p>"
                        "<p>Mae teuluoedd hefyd yn cario baich ymarferol. Maen nhw’n gwasgu llawer o apwyntiadau i’w bywydau, ac maen nhw’n fwy tebygol o wynebu tlodi, salwch, unigrwydd a phroblemau iechyd meddwl. Dydy dim o hyn yn gwneud rhiant yn llai galluog nac yn llai ymroddedig. Mae’n golygu bod angen i’ch cyfarfodydd a’ch penderfyniadau ffitio o gwmpas bywydau go iawn.</p>",
                    ),
                    ("heading", "Penderfyniadau ar adegau o emosiwn mawr"),
                    (
                        "rich_text",
                        "<p>Rydych chi’n aml yn cwrdd â theuluoedd ar adegau anodd: diagnosis newydd, argyfwng neu gais sydd wedi’i wrthod. Mae gwneud penderfyniadau ar yr adegau hynny’n anodd iawn. Pan allwch chi:</p>"
                        "<ul><li>rhowch amser, a pheidiwch â phwyso am ateb ar y diwrnod</li><li>ysgrifennwch beth gafodd ei gytuno, mewn iaith glir</li><li>cynigiwch sgwrs ddilynol</li><li>rhannwch newyddion anodd yn onest, heb osod nenfwd ar y plentyn</li></ul>"
                        "<p>Dywedodd un fam am ei merch: “Dydy hi ddim yn anabl mewn darnau.” Mae ei merch yn anabl yn yr ysgol, yn yr ysbyty ac allan gyda’i ffrindiau, drwy’r amser. Pan fydd gwasanaethau’n dadlau ynghylch pwy sy’n talu, y teulu sy’n gorfod aros. Does dim angen i rieni wybod pwy sy’n talu. Mae angen i rannau’r system weithio gyda’i gilydd.</p>",
                    ),
                    (
                        "case_study",
                        {
                            "title": "“Peidiwch â disgwyl dim”",
                            "summary": "Mae mam yn cofio’r peth cyntaf a ddywedodd meddyg ymgynghorol wrthi am ei merch fach, a’r hyn yr hoffai i weithwyr proffesiynol feddwl amdano.",
                            "body": "<p>Cafodd merch un fam ei geni’n gynnar. Y peth cyntaf a ddywedodd meddyg ymgynghorol wrthi oedd peidio â disgwyl dim. Efallai na fyddai ei merch byth yn cerdded, yn siarad nac yn bwydo ei hun, nac yn byw’n annibynnol.</p>"
                            "<p>Mae ei merch yn ffynnu erbyn hyn. Doedd y fam ddim yn hoffi’r hyn a glywodd, ac mewn ffordd, dyna a roddodd y tân iddi i fod y fath riant ag y mae hi heddiw. Ond mae hi’n gofyn i weithwyr proffesiynol feddwl yn ofalus am sut maen nhw’n rhannu newyddion fel hyn, ac am y cyfyngiadau y gall newyddion o’r fath eu gosod ar blentyn cyn i neb ei adnabod.</p>",
                            "source": "Yn seiliedig ar hanes cyhoeddedig un rhiant-ofalwr. Wedi’i ailadrodd yn ein geiriau ein hunain, gyda rhai manylion wedi’u hychwanegu ar gyfer y cwrs hwn.",
                        },
                    ),
                    (
                        "key_points",
                        {
                            "heading": "Pwyntiau allweddol",
                            "points": [
                                "Mae teimladau cryf yn rhan naturiol o fagu plentyn anabl.",
                                "Gwnewch i brosesau ffitio o gwmpas bywydau teuluoedd, nid y ffordd arall.",
                                "Rhowch amser i deuluoedd pan fydd penderfyniadau’n dod ar adegau o emosiwn mawr.",
                                "Cadwch ddisgwyliadau’n uchel, a rhannwch newyddion anodd yn ofalus.",
                            ],
                        },
                    ),
                    (
                        "reflection",
                        {
                            "prompt": "Sut gallech chi roi mwy o amser i deulu cyn bod rhaid iddyn nhw wneud penderfyniad?"
                        },
                    ),
                ],
            },
        ],
    },
}
