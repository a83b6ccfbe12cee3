/**
 * Text preparation shared by sentiment and themes: {@link io.journeyboard.insights.text.SocialText} takes the
 * noise of tweets and chats (links, handles, hashtag marks, stretched letters) out before a text is embedded
 * or its words are counted. Depends on nothing else in the module.
 */
package io.journeyboard.insights.text;
